import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoFacts } from './photo-facts';
import { heic, jpeg, png } from './test-files';

/** Red or blue at a point of a decoded image. */
async function colourAt(image: Buffer, x: number, y: number): Promise<'red' | 'blue'> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return (data[at] ?? 0) > (data[at + 2] ?? 0) ? 'red' : 'blue';
}

describe('photoFacts', () => {
  it('makes a 320 px WebP thumbnail of a 4000×3000 photo and reads its capture time', async () => {
    const facts = await photoFacts(await jpeg({ width: 4000, height: 3000, dateTimeOriginal: '2026:05:04 10:11:12' }));
    expect(facts).toMatchObject({ width: 4000, height: 3000, takenAt: '2026-05-04 10:11:12' });
    const thumbnail = await sharp(facts.thumbnail!).metadata();
    expect(thumbnail).toMatchObject({ format: 'webp', width: 320, height: 240 });
  });

  it('turns the thumbnail upright by the EXIF orientation and gives the upright size', async () => {
    // Stored landscape, red on the left; orientation 6 says "turn 90° clockwise to view", so red is on top.
    const facts = await photoFacts(await jpeg({ width: 400, height: 300, orientation: 6 }));
    expect(facts).toMatchObject({ width: 300, height: 400, takenAt: null });
    const thumbnail = facts.thumbnail!;
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 300, height: 400 });
    expect(await colourAt(thumbnail, 150, 10)).toBe('red');
    expect(await colourAt(thumbnail, 150, 390)).toBe('blue');
  });

  it('never enlarges a small photo, and reads photos without EXIF', async () => {
    const facts = await photoFacts(await png());
    expect(facts).toMatchObject({ width: 40, height: 30, takenAt: null });
    expect(await sharp(facts.thumbnail!).metadata()).toMatchObject({ width: 40, height: 30 });
  });

  it('gives a HEIC no thumbnail but still its size and capture time', async () => {
    expect(await photoFacts(heic())).toEqual({ thumbnail: null, width: 64, height: 48, takenAt: '2026-04-18 09:30:05' });
  });

  it('treats a clock that was never set as no capture time', async () => {
    expect((await photoFacts(await jpeg({ width: 64, height: 48, dateTimeOriginal: '0000:00:00 00:00:00' }))).takenAt).toBeNull();
  });

  it('does not throw on a photo it cannot decode', async () => {
    const truncated = (await jpeg({ width: 640, height: 480, noise: true })).subarray(0, 2000);
    expect(await photoFacts(truncated)).toMatchObject({ thumbnail: null });
  });
});
