import { describe, expect, it } from 'vitest';
import { detailsQuery, noticeDetails, workingDaysEnd } from './notice-details';

describe('the notice period', () => {
  it('lasts five working days counting the first, skipping weekends', () => {
    expect(workingDaysEnd('2026-12-01', 5)).toBe('2026-12-07'); // Tuesday → next Monday
    expect(workingDaysEnd('2026-12-07', 5)).toBe('2026-12-11'); // Monday → Friday
    expect(workingDaysEnd('2026-12-05', 5)).toBe('2026-12-11'); // Saturday: the period starts on Monday
  });

  it('defaults to today and five working days; keeps what the page gave when it is valid', () => {
    expect(noticeDetails(new URL('http://x/notice'), '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-07', unit: '', phone: '' });
    const given = new URL(
      'http://x/notice?from=2026-12-03&to=2026-12-20&unit=%E4%B8%80%E5%8E%BF%E6%95%99%E8%82%B2%E5%B1%80&phone=0436-1234567',
    );
    expect(noticeDetails(given, '2026-12-01')).toEqual({ from: '2026-12-03', to: '2026-12-20', unit: '一县教育局', phone: '0436-1234567' });
    expect(noticeDetails(new URL('http://x/?from=2026-02-30&to=2026-01-01'), '2026-12-01')).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-07',
    });
  });

  it('round-trips through the query string', () => {
    const d = { from: '2026-12-03', to: '2026-12-09', unit: '一县教育局', phone: '0436-1234567' };
    expect(noticeDetails(new URL(`http://x/?${detailsQuery(d)}`))).toEqual(d);
  });
});
