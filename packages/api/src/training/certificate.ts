import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { encode } from 'uqr';

/** What a completion certificate (结业证书) states. Dates are ISO days (`2026-03-01`); other text is printed as given. */
export interface CertificateFacts {
  teacherName: string;
  programmeName: string;
  cohortName: string;
  level: string;
  hours: number;
  startDate: string;
  endDate: string;
  completedOn: string;
  /** The city bureau that issues it, e.g. 曲靖市教育局. */
  issuer: string;
  verificationCode: string;
  /** Absolute URL of the public verification page; printed and encoded in the QR code. */
  verifyUrl: string;
}

/**
 * The npm package that brings the CJK font: Noto Sans Hans (Simplified Chinese Noto Sans, SIL OFL 1.1) as
 * OTF files, so `pnpm install` is all a machine needs. It is resolved at run time, not imported: a web build
 * that bundles this package finds it through the workspace, and a build deployed without the workspace needs
 * it among apps/web's `dependencies` (as exceljs is).
 */
export const CERTIFICATE_FONT_PACKAGE = '@embedpdf/fonts-sc';
const FONT_FILES = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;
type Fonts = Record<keyof typeof FONT_FILES, Font>;

/**
 * The font package's folder, looked up from this module; when this module was bundled into the web app's
 * build, also from this package's sources if the workspace link to it is there, then from the working directory.
 */
function fontPackageDir(): string {
  const bases = [import.meta.url];
  try {
    bases.push(pathToFileURL(createRequire(import.meta.url).resolve('@tongxing/api')).href);
  } catch {
    // Not in the workspace: only the app's own node_modules can hold the font package.
  }
  bases.push(pathToFileURL(join(process.cwd(), 'package.json')).href);
  for (const base of bases) {
    let entry: string;
    try {
      entry = createRequire(base).resolve(CERTIFICATE_FONT_PACKAGE);
    } catch {
      continue;
    }
    // Its exports name only the JS entry (dist/index.*); the fonts sit in fonts/ beside its package.json.
    for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === CERTIFICATE_FONT_PACKAGE) {
        return dir;
      }
    }
  }
  throw new Error(
    `The certificate font package ${CERTIFICATE_FONT_PACKAGE} is not installed (looked from ${bases.join(' and ')}): ` +
      `run pnpm install; a bundled web app needs it in apps/web's dependencies.`,
  );
}

async function loadFont(dir: string, file: string): Promise<Font> {
  const path = join(dir, 'fonts', file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`The certificate font ${path} from ${CERTIFICATE_FONT_PACKAGE} cannot be read`, { cause: error });
  }
  const font = create(bytes);
  if (!('layout' in font)) throw new Error(`${path} from ${CERTIFICATE_FONT_PACKAGE} is a font collection, not one font`);
  return font;
}

let fontsLoaded: Promise<Fonts> | undefined;

/**
 * The parsed fonts, read once per process. pdfkit takes a fontkit font as a font source, so every
 * certificate reuses the parsed tables and glyphs instead of parsing 8 MB of OTF again (~4× faster).
 */
export function certificateFonts(): Promise<Fonts> {
  fontsLoaded ??= (async () => {
    const dir = fontPackageDir();
    const [regular, bold] = await Promise.all([loadFont(dir, FONT_FILES.regular), loadFont(dir, FONT_FILES.bold)]);
    return { regular, bold };
  })().catch((error: unknown) => {
    fontsLoaded = undefined;
    throw error;
  });
  return fontsLoaded;
}

/**
 * The characters of the facts the font has no glyph for (some CJK Extension B–G ideographs in rare names),
 * which would print as blank boxes: a caller can warn before issuing.
 */
export async function unprintableCharacters(c: CertificateFacts): Promise<string[]> {
  const { regular } = await certificateFonts();
  const text = [c.teacherName, c.programmeName, c.cohortName, c.level, c.issuer, c.verificationCode, c.verifyUrl].join('');
  return [...new Set(text)].filter((ch) => !/\s/.test(ch) && !regular.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

/** `2026-03-01` → `2026年3月1日`; anything else unchanged. */
export function chineseDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/** The sentence the certificate states. */
export function certificateSentence(c: CertificateFacts): string {
  return (
    `${c.teacherName}同志于${chineseDate(c.startDate)}至${chineseDate(c.endDate)}参加${c.programmeName}` +
    `（${c.cohortName}，${c.level}），完成全部学习任务，经考核合格，计${c.hours}学时，特发此证。`
  );
}

const RED = '#9e1b1b';
const INK = '#1f1f1f';
const GREY = '#555555';

/** The certificate as an A4 landscape PDF with the Chinese font subset embedded (about 60 KB). */
export async function certificatePdf(c: CertificateFacts): Promise<Buffer> {
  const fonts = await certificateFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // No default font: pdfkit would load Helvetica's metrics from its own files, which a bundled build lacks.
    font: '',
    displayTitle: true,
    lang: 'zh-CN',
    info: { Title: `结业证书（${c.teacherName}）`, Subject: c.programmeName, Author: c.issuer, Creator: c.issuer },
  });
  // pdfkit ≥ 0.18 accepts a fontkit font as the source (it checks for `layout`); @types/pdfkit lags behind.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(33, 33, width - 66, height - 66)
    .stroke();

  // Letter spacing follows every character, the last one too: shift by half of it to stay centred.
  const spacing = 24;
  doc
    .font('bold')
    .fontSize(44)
    .fillColor(RED)
    .text('结业证书', spacing / 2, 78, { width, align: 'center', characterSpacing: spacing });

  // A long programme or cohort name shrinks the type rather than pushing the signature off the page.
  const left = 110;
  const sentence = certificateSentence(c);
  doc.font('regular').fillColor(INK);
  let size = 19;
  const layout = () => ({ width: width - 2 * left, indent: 2 * size, lineGap: 0.85 * size, align: 'justify' as const });
  while (size > 11 && doc.fontSize(size).heightOfString(sentence, layout()) > 170) size -= 1;
  doc.text(sentence, left, 196, layout());
  doc.fontSize(19);

  const signWidth = 260;
  const signX = width - left - signWidth;
  const signY = Math.max(doc.y + 40, 380);
  doc.text(c.issuer, signX, signY, { width: signWidth, align: 'center' });
  doc.text(chineseDate(c.completedOn), signX, signY + 36, { width: signWidth, align: 'center' });

  const qrSize = 66;
  const qrX = 56;
  const qrY = height - 56 - qrSize;
  drawQr(doc, c.verifyUrl, qrX, qrY, qrSize);
  doc.font('regular').fontSize(10.5).fillColor(GREY);
  doc.text(`验证码 ${c.verificationCode}，可在 ${c.verifyUrl} 查验。`, qrX + qrSize + 14, qrY + 16, {
    width: width - qrX - qrSize - 14 - 56,
  });
  doc.text('扫描左侧二维码或打开上述网址，输入验证码即可核验本证书。', { width: width - qrX - qrSize - 14 - 56 });

  doc.end();
  return done;
}

/** A QR code of `text` as filled squares (vector, a few hundred bytes), `size` points wide at (x, y). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const cell = size / data.length;
  data.forEach((row, r) => {
    // One rectangle per run of dark modules in a row: fewer path operators, no seams between neighbours.
    for (let col = 0; col < row.length; col++) {
      if (!row[col]) continue;
      const start = col;
      while (row[col + 1]) col++;
      doc.rect(x + start * cell, y + r * cell, (col - start + 1) * cell, cell);
    }
  });
  doc.fillColor('#000000').fill();
}
