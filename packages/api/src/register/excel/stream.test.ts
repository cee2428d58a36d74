import { describe, expect, it } from 'vitest';
import { inert } from './stream';

describe('inert', () => {
  it('puts an apostrophe before text a spreadsheet would take for a formula', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(inert(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, numbers and the workbook’s own formulas alone', () => {
    expect(inert('王淑芬')).toBe('王淑芬');
    expect(inert('13800138000')).toBe('13800138000');
    expect(inert(-500)).toBe(-500);
    expect(inert(null)).toBeNull();
    const sum = { formula: 'SUM(C2:C9)', result: 1 };
    expect(inert(sum)).toBe(sum);
  });
});
