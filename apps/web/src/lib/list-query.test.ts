import { describe, expect, it } from 'vitest';
import { apiFilters, pageNumbers, readListQuery, sortHref, withoutFilters, withParams } from './list-query.ts';

const spec = {
  filters: {
    q: { kind: 'text' },
    countyId: { kind: 'id' },
    employmentType: { kind: 'enum', values: ['在编', '特岗'] },
    month: { kind: 'month' },
  },
  sorts: ['name', 'school', 'birthDate'],
  sort: 'name',
} as const;

const read = (query: string) => readListQuery(new URL(`http://x/teachers?${query}`), spec);
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('readListQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(read('')).toEqual({
      filters: { q: '', countyId: '', employmentType: '', month: '' },
      sort: 'name',
      dir: 'asc',
      defaultSort: 'name',
      defaultDir: 'asc',
      page: 1,
      query: '',
      filtered: false,
    });
  });

  it('reads valid values and writes them back in the spec order, without the page', () => {
    const list = read(`page=3&dir=desc&sort=school&employmentType=${encodeURIComponent('特岗')}&q=%20王%20&countyId=${ID.toUpperCase()}`);
    expect(list.filters).toEqual({ q: '王', countyId: ID, employmentType: '特岗', month: '' });
    expect([list.sort, list.dir, list.page, list.filtered]).toEqual(['school', 'desc', 3, true]);
    expect(list.query).toBe(`q=%E7%8E%8B&countyId=${ID}&employmentType=%E7%89%B9%E5%B2%97&sort=school&dir=desc`);
  });

  it('drops every bad value to its default instead of failing', () => {
    const list = read('countyId=1%27%20or%201=1&employmentType=boss&month=2026-13&sort=password&dir=up&page=-4&extra=1');
    expect(list.filters).toEqual({ q: '', countyId: '', employmentType: '', month: '' });
    expect([list.sort, list.dir, list.page, list.query, list.filtered]).toEqual(['name', 'asc', 1, '', false]);
    expect(read('page=abc').page).toBe(1);
    expect(read('page=0').page).toBe(1);
    expect(read('page=2.5').page).toBe(1);
    expect(read('page=99999999').page).toBe(1);
    expect(read('page=999999').page).toBe(100_000);
  });

  it('cuts the search to 50 characters and keeps a valid month', () => {
    expect(read(`q=${'a'.repeat(80)}`).filters.q).toHaveLength(50);
    expect(read('month=2026-02').filters.month).toBe('2026-02');
  });

  it('leaves the default order out of the canonical query but keeps its other direction', () => {
    expect(read('sort=name&dir=asc').query).toBe('');
    expect(read('sort=name&dir=desc').query).toBe('sort=name&dir=desc');
    expect(read('dir=desc').query).toBe('sort=name&dir=desc');
  });
});

describe('the links built on a list query', () => {
  it('sortHref turns the current column around and starts another at ascending', () => {
    const list = read('q=x&page=4');
    expect(sortHref(list, 'name')).toBe('?q=x&sort=name&dir=desc');
    expect(sortHref(list, 'school')).toBe('?q=x&sort=school');
    expect(sortHref(read('q=x&sort=school'), 'school')).toBe('?q=x&sort=school&dir=desc');
    expect(sortHref(read('sort=name&dir=desc'), 'name')).toBe('');
  });

  it('withParams sets and removes parameters', () => {
    expect(withParams('q=x&sort=school', { page: 2 })).toBe('?q=x&sort=school&page=2');
    expect(withParams('q=x', { q: null })).toBe('');
    expect(withParams('q=x', { q: '', countyId: ID })).toBe(`?countyId=${ID}`);
  });

  it('apiFilters renames q to search and leaves unset filters out', () => {
    expect(apiFilters(read(`q=王&countyId=${ID}`).filters)).toEqual({ search: '王', countyId: ID });
    expect(apiFilters(read('').filters)).toEqual({});
  });
});

describe('withoutFilters', () => {
  it('drops the named filters and rewrites the canonical query', () => {
    const list = read(`countyId=${ID}&q=x&sort=school&page=2`);
    const dropped = withoutFilters(list, ['countyId']);
    expect(dropped.filters).toEqual({ q: 'x', countyId: '', employmentType: '', month: '' });
    expect([dropped.query, dropped.filtered, dropped.page]).toEqual(['q=x&sort=school', true, 2]);
    expect(withoutFilters(dropped, ['q']).filtered).toBe(false);
    expect(withoutFilters(list, ['month'])).toBe(list);
  });
});

describe('pageNumbers', () => {
  it('shows the first, the last and the neighbours, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 151)).toEqual([1, 2, null, 151]);
    expect(pageNumbers(76, 151)).toEqual([1, null, 75, 76, 77, null, 151]);
    expect(pageNumbers(151, 151)).toEqual([1, null, 150, 151]);
    // a gap of one page shows that page instead of an ellipsis
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
