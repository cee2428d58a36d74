import { describe, expect, it } from 'vitest';
import { inspectUpload, UPLOAD_LIMITS, UploadRejected } from './inspect-upload';
import { sha256Hex } from './keys';
import { docm, docx, elf, heic, jpeg, pdf, pe, png, xlsx, zip } from './test-files';

async function rejection(promise: Promise<unknown>): Promise<UploadRejected> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UploadRejected);
  return error as UploadRejected;
}

describe('inspectUpload', () => {
  it('takes the type of a photo from its content', async () => {
    const bytes = await jpeg({ width: 64, height: 48 });
    expect(await inspectUpload(bytes, 'IMG_0001.JPG')).toEqual({
      sha256: sha256Hex(bytes),
      size: bytes.length,
      mime: 'image/jpeg',
      kind: 'photo',
      extension: 'jpg',
    });
    expect(await inspectUpload(await png(), '照片.jpg')).toMatchObject({ mime: 'image/png', kind: 'photo', extension: 'png' });
    expect(await inspectUpload(heic(), 'IMG_0002.HEIC')).toMatchObject({ mime: 'image/heic', kind: 'photo', extension: 'heic' });
  });

  it('recognises PDF, docx and xlsx as documents, whatever their names say', async () => {
    expect(await inspectUpload(await pdf(), '活动记录.pdf')).toMatchObject({ mime: 'application/pdf', kind: 'document', extension: 'pdf' });
    expect(await inspectUpload(docx(), '总结.zip')).toMatchObject({ kind: 'document', extension: 'docx' });
    expect(await inspectUpload(await xlsx(), '签到表.docx')).toMatchObject({ kind: 'document', extension: 'xlsx' });
  });

  it('refuses executables dressed as photos, naming what they are', async () => {
    const asElf = await rejection(inspectUpload(elf(), 'photo.jpg'));
    expect(asElf).toMatchObject({
      code: 'type_not_allowed',
      fileName: 'photo.jpg',
      detected: { mime: 'application/x-elf', extension: 'elf' },
    });
    const asPe = await rejection(inspectUpload(pe(), 'photo.jpg'));
    expect(asPe).toMatchObject({ code: 'type_not_allowed', detected: { extension: 'exe' } });
  });

  it('refuses zips that are not plain Word or Excel files, and content it cannot recognise', async () => {
    expect(await rejection(inspectUpload(docm(), 'report.docx'))).toMatchObject({
      code: 'type_not_allowed',
      detected: { extension: 'docm' },
    });
    expect(await rejection(inspectUpload(zip({ 'a.txt': 'hello' }), 'a.docx'))).toMatchObject({
      code: 'type_not_allowed',
      detected: { mime: 'application/zip' },
    });
    expect(await rejection(inspectUpload(Buffer.from('just some text'), 'note.pdf'))).toMatchObject({
      code: 'type_not_allowed',
      detected: null,
    });
  });

  it('refuses an empty upload', async () => {
    expect(await rejection(inspectUpload(Buffer.alloc(0), 'empty.jpg'))).toMatchObject({ code: 'empty', detected: null });
  });

  it('holds each kind to its own size limit', async () => {
    const photo = await jpeg({ width: 64, height: 48 });
    const document = await pdf();
    const limits = { photo: photo.length - 1, document: document.length };
    expect(await rejection(inspectUpload(photo, 'a.jpg', limits))).toMatchObject({
      code: 'too_large',
      limit: photo.length - 1,
      detected: { mime: 'image/jpeg' },
    });
    expect(await inspectUpload(document, 'a.pdf', limits)).toMatchObject({ kind: 'document' });
    expect(UPLOAD_LIMITS).toEqual({ photo: 15 * 1024 * 1024, document: 20 * 1024 * 1024 });
  });

  it('refuses a photo over the default 15 MB', async () => {
    const photo = await jpeg({ width: 64, height: 48 });
    // A JPEG may carry trailing bytes after its end marker; the size is what counts.
    const padded = Buffer.concat([photo, Buffer.alloc(UPLOAD_LIMITS.photo + 1 - photo.length)]);
    expect(await rejection(inspectUpload(padded, 'big.jpg'))).toMatchObject({ code: 'too_large', limit: UPLOAD_LIMITS.photo });
  });
});
