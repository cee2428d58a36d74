import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { certificatePdf, certificateSentence, chineseDate, unprintableCharacters, type CertificateFacts } from './certificate';

const facts: CertificateFacts = {
  teacherName: '欧阳喆',
  programmeName: '曲靖市初中数学骨干教师培训',
  cohortName: '2026年第一期',
  level: '市级',
  hours: 48,
  startDate: '2026-03-01',
  endDate: '2026-06-30',
  completedOn: '2026-07-01',
  issuer: '曲靖市教育局',
  verificationCode: '7KQ2-MZ4P-XH9D',
  verifyUrl: 'https://px.qjedu.example.cn/verify',
};

/** The page's text as pdf.js reads it back through the ToUnicode maps, with the layout's whitespace dropped. */
async function textOf(pdf: Buffer) {
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return { totalPages, text: text.replace(/\s+/g, '') };
}

describe('certificateSentence', () => {
  it('states who, what, when and how many hours, with dates in Chinese', () => {
    expect(certificateSentence(facts)).toBe(
      '欧阳喆同志于2026年3月1日至2026年6月30日参加曲靖市初中数学骨干教师培训（2026年第一期，市级），' +
        '完成全部学习任务，经考核合格，计48学时，特发此证。',
    );
  });

  it('writes ISO days the Chinese way and leaves other text alone', () => {
    expect(chineseDate('2026-10-09')).toBe('2026年10月9日');
    expect(chineseDate('2026年10月9日')).toBe('2026年10月9日');
  });
});

describe('certificatePdf', () => {
  it('is a small one-page A4 landscape PDF with a subset of the Chinese font embedded', async () => {
    const pdf = await certificatePdf(facts);
    const bytes = pdf.toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes).toContain('/MediaBox [0 0 841.89 595.28]');
    // A subset's name is a six-letter tag, '+', then the font's PostScript name; its CFF data is FontFile3.
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Bold/);
    expect(bytes).toContain('/FontFile3');
    expect(bytes).toContain('/ToUnicode');
    expect(bytes).not.toContain('/Helvetica');
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('says in real text who completed what, for how many hours, and how to verify it', async () => {
    const { totalPages, text } = await textOf(await certificatePdf(facts));
    expect(totalPages).toBe(1);
    expect(text).toContain('结业证书');
    expect(text).toContain(certificateSentence(facts));
    expect(text).toContain('欧阳喆同志');
    expect(text).toContain('参加曲靖市初中数学骨干教师培训');
    expect(text).toContain('计48学时');
    expect(text).toContain('曲靖市教育局2026年7月1日');
    expect(text).toContain('验证码7KQ2-MZ4P-XH9D，可在https://px.qjedu.example.cn/verify查验');
  });

  it('carries the title in its metadata', async () => {
    const { info } = await getMeta(new Uint8Array(await certificatePdf(facts)));
    expect(info.Title).toBe('结业证书（欧阳喆）');
    expect(info.Author).toBe('曲靖市教育局');
  });

  it('keeps a long programme name on the one page', async () => {
    const long = {
      ...facts,
      programmeName: '云南省曲靖市“国培计划”（2026）乡村振兴重点帮扶县中小学学科骨干教师与班主任能力提升示范性综合改革项目'.repeat(3),
      cohortName: '第三期（麒麟区、沾益区、马龙区、宣威市、会泽县、陆良县、师宗县、罗平县、富源县联合班）',
    };
    const pdf = await certificatePdf(long);
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBe(1);
    const { text } = await textOf(pdf);
    expect(text).toContain(certificateSentence(long));
    expect(text).toContain('曲靖市教育局');
  });

  it('differs only where the facts differ', async () => {
    const other = await textOf(await certificatePdf({ ...facts, teacherName: '李堃', hours: 72 }));
    expect(other.text).toContain('李堃同志');
    expect(other.text).toContain('计72学时');
    expect(other.text).not.toContain('欧阳喆');
  });
});

describe('unprintableCharacters', () => {
  it('is empty for common and less common name characters', async () => {
    expect(await unprintableCharacters({ ...facts, teacherName: '王玥彧 璟翀燊' })).toEqual([]);
  });

  it('names the ideographs the font lacks', async () => {
    expect(await unprintableCharacters({ ...facts, teacherName: '张𠀀' })).toEqual(['𠀀']);
  });
});
