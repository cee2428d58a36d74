// Real files of each kind, made in the test run (the HEIC is the one file that cannot be: see fixtures/README.md).
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

export interface JpegOptions {
  width: number;
  height: number;
  /** EXIF DateTimeOriginal, as EXIF writes it: 'YYYY:MM:DD HH:mm:ss'. */
  dateTimeOriginal?: string;
  orientation?: number;
  /** Seeded noise instead of a flat colour, so the file has a photo's size. */
  noise?: boolean;
  quality?: number;
}

export async function jpeg(options: JpegOptions): Promise<Buffer> {
  const { width, height } = options;
  const image = options.noise
    ? sharp(noisePixels(width, height), { raw: { width, height, channels: 3 } })
    : // Left half red, right half blue: a test can tell which way the picture was turned.
      sharp({ create: { width, height, channels: 3, background: '#d03020' } }).composite([
        {
          input: { create: { width: Math.ceil(width / 2), height, channels: 3, background: '#2040d0' } },
          left: Math.floor(width / 2),
          top: 0,
        },
      ]);
  if (options.dateTimeOriginal) image.withExif({ IFD2: { DateTimeOriginal: options.dateTimeOriginal } });
  if (options.orientation) image.withMetadata({ orientation: options.orientation });
  return image.jpeg({ quality: options.quality ?? 80 }).toBuffer();
}

function noisePixels(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = 0x9e3779b9;
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[i] = state & 0xff;
  }
  return pixels;
}

export async function png(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

export async function pdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  doc.text('Pairing activity report');
  doc.end();
  return done;
}

export async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Activities').addRow(['date', 'hours']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CONTENT_TYPES = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

const WORD_PARTS = {
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:body><w:p><w:r><w:t>送教下乡</w:t></w:r></w:p></w:body></w:document>',
};

/** A minimal Word document, laid out as Word writes one ([Content_Types].xml first). */
export function docx(): Buffer {
  return zip({
    '[Content_Types].xml': CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    ...WORD_PARTS,
  });
}

export function docm(): Buffer {
  return zip({ '[Content_Types].xml': CONTENT_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'), ...WORD_PARTS });
}

/** A zip of stored (uncompressed) entries. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const fileName = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The first bytes of a 64-bit Linux executable, padded: what a `.jpg` that is really a program starts with. */
export function elf(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes);
  bytes.writeUInt16LE(2, 16); // ET_EXEC
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  return bytes;
}

/** A Windows executable's DOS header pointing at its "PE\0\0" signature. */
export function pe(): Buffer {
  const bytes = Buffer.alloc(4096);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A 64×48 HEVC-coded HEIC made by libheif, with EXIF DateTimeOriginal 2026:04:18 09:30:05. */
export function heic(): Buffer {
  return readFileSync(new URL('../fixtures/taken-2026-04-18.heic', import.meta.url));
}
