const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An Excel download: the Chinese file name for browsers that take it, an ASCII one otherwise. */
export function xlsxResponse(name: string, asciiName: string, body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>): Response {
  return new Response(body, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
      'cache-control': 'no-store',
    },
  });
}
