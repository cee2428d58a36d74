import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { RequestHandler } from './$types';

const INLINE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * An evidence file of a claim (or its thumbnail, `?thumbnail=1`), for whoever may see the claim. Photos
 * the browser can show open inline; everything else downloads. The type is the one found from the
 * content on upload, never the name's.
 */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const thumbnail = event.url.searchParams.get('thumbnail') === '1';
    const file = await api(event).hoursClaim.file({ claimId: event.params.claimId, fileId: event.params.fileId, thumbnail });
    const disposition = INLINE.has(file.mime) ? 'inline' : 'attachment';
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': file.mime,
        'content-disposition': `${disposition}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=3600',
      },
    });
  });
