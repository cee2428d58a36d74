const INLINE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * An evidence file as a download: photos the browser can show open inline, everything else is saved.
 * The type is the one found from the content on upload, never the name's; nosniff keeps it so.
 */
export function evidenceResponse(file: { bytes: Uint8Array; fileName: string; mime: string }): Response {
  const disposition = INLINE.has(file.mime) ? 'inline' : 'attachment';
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': file.mime,
      'content-disposition': `${disposition}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    },
  });
}
