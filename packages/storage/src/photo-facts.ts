import exifr from 'exifr';
import sharp from 'sharp';

export const THUMBNAIL_WIDTH = 320;

export interface PhotoFacts {
  /** A WebP 320 px wide (or narrower, never enlarged), turned upright; null when sharp cannot decode the photo (HEIC). */
  thumbnail: Buffer | null;
  /** Of the upright photo; null when not even the header could be read. */
  width: number | null;
  height: number | null;
  /** EXIF DateTimeOriginal as 'YYYY-MM-DD HH:mm:ss', the camera's local time (EXIF stores no zone). */
  takenAt: string | null;
}

export async function photoFacts(bytes: Uint8Array): Promise<PhotoFacts> {
  // sharp reads the header and the EXIF block of HEIC too, although its prebuilt binaries cannot
  // decode HEVC pixels; only the thumbnail is given up for those.
  const metadata = await sharp(bytes)
    .metadata()
    .catch(() => null);
  const [thumbnail, takenAt] = await Promise.all([thumbnailOf(bytes), takenAtOf(metadata?.exif ?? bytes)]);
  return {
    thumbnail,
    width: metadata?.autoOrient.width ?? null,
    height: metadata?.autoOrient.height ?? null,
    takenAt,
  };
}

async function thumbnailOf(bytes: Uint8Array): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { autoOrient: true }).resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp().toBuffer();
  } catch {
    return null;
  }
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

async function takenAtOf(exifOrFile: Uint8Array): Promise<string | null> {
  // sharp hands over the EXIF block as found in the file: in a JPEG it still starts with the APP1 marker's "Exif\0\0".
  const input = Buffer.from(exifOrFile.buffer, exifOrFile.byteOffset, exifOrFile.byteLength);
  const tiff = input.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? input.subarray(6) : input;
  const tags: Record<string, unknown> | undefined = await exifr
    .parse(tiff, { pick: ['DateTimeOriginal'], reviveValues: false, translateValues: false })
    .catch(() => undefined);
  const match = EXIF_DATE.exec(String(tags?.DateTimeOriginal ?? ''));
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  // Cameras without a set clock write zeros.
  if (year === '0000' || month === '00' || day === '00') return null;
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}
