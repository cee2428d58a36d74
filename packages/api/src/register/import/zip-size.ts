/**
 * What an .xlsx (a zip) says it will expand to, read from its central directory without inflating
 * anything: the sum of the entries' uncompressed sizes, or null when the file is not a readable zip.
 * ZIP64 entries (sizes of 4 GiB and more) report Infinity: no spreadsheet a person sends is that big.
 * The sizes are what the file declares; the worker that reads it has its own memory and time limits
 * for a file that lies.
 */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** The end-of-central-directory record is in the last 22 bytes plus at most a 64 KiB comment. */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  return -1;
}
