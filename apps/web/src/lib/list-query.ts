/**
 * A list page's query (search, filters, sort, page) read from its URL against a declared spec. The server
 * load reads it; the components build their links (sort headers, pages, export, clear filters) from the
 * canonical query string it returns. A value that does not fit the spec is dropped (its default applies),
 * so a hand-edited URL never fails the page.
 */

export type FilterSpec =
  /** Free text, trimmed and cut to `max` characters (50 by default, the API's limit). */
  | { kind: 'text'; max?: number }
  /** One of `values`. */
  | { kind: 'enum'; values: readonly string[] }
  /** A record's id (a uuid). */
  | { kind: 'id' }
  /** A month, `YYYY-MM`. */
  | { kind: 'month' };

export type SortDir = 'asc' | 'desc';

export interface ListSpec<F extends Record<string, FilterSpec>, S extends string> {
  filters: F;
  sorts: readonly S[];
  sort: S;
  dir?: SortDir;
}

type ValueOf<F extends FilterSpec> = F extends { kind: 'enum'; values: readonly (infer V)[] } ? V | '' : string;
export type FilterValues<F extends Record<string, FilterSpec>> = { [K in keyof F]: ValueOf<F[K]> };

/** What a list page reads from its URL; plain data, so a load can hand it to the page. */
export interface ListQuery<F extends Record<string, FilterSpec> = Record<string, FilterSpec>, S extends string = string> {
  /** Each filter's value, '' when unset or invalid. */
  filters: FilterValues<F>;
  sort: S;
  dir: SortDir;
  /** The default order, so links to it can leave it out of the URL. */
  defaultSort: S;
  defaultDir: SortDir;
  page: number;
  /** The filters and order in a fixed order without defaults and without the page: links built on it start at page 1. */
  query: string;
  /** Whether any filter is set (the empty state then offers to clear them). */
  filtered: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_PAGE = 100_000;

function valueOf(spec: FilterSpec, raw: string | null): string {
  const value = raw?.trim() ?? '';
  switch (spec.kind) {
    case 'text':
      return value.slice(0, spec.max ?? 50).trim();
    case 'enum':
      return spec.values.includes(value) ? value : '';
    case 'id':
      return UUID.test(value) ? value.toLowerCase() : '';
    case 'month':
      return MONTH.test(value) ? value : '';
  }
}

export function readListQuery<const F extends Record<string, FilterSpec>, const S extends string>(
  url: URL,
  spec: ListSpec<F, S>,
): ListQuery<F, S> {
  const params = url.searchParams;
  const filters = {} as Record<string, string>;
  for (const [name, filter] of Object.entries(spec.filters)) filters[name] = valueOf(filter, params.get(name));
  const defaultDir = spec.dir ?? 'asc';
  const rawSort = params.get('sort');
  const sort = spec.sorts.find((s) => s === rawSort) ?? spec.sort;
  const rawDir = params.get('dir');
  const dir: SortDir = rawDir === 'asc' || rawDir === 'desc' ? rawDir : defaultDir;
  const rawPage = params.get('page') ?? '';
  const page = /^\d{1,6}$/.test(rawPage) ? Math.min(MAX_PAGE, Math.max(1, Number(rawPage))) : 1;

  return settled({ filters: filters as FilterValues<F>, sort, dir, defaultSort: spec.sort, defaultDir, page });
}

function settled<F extends Record<string, FilterSpec>, S extends string>(
  list: Omit<ListQuery<F, S>, 'query' | 'filtered'>,
): ListQuery<F, S> {
  const canonical = new URLSearchParams();
  for (const [name, value] of Object.entries(list.filters as Record<string, string>)) if (value) canonical.set(name, value);
  if (list.sort !== list.defaultSort || list.dir !== list.defaultDir) {
    canonical.set('sort', list.sort);
    if (list.dir !== list.defaultDir) canonical.set('dir', list.dir);
  }
  return { ...list, query: canonical.toString(), filtered: Object.values(list.filters as Record<string, string>).some(Boolean) };
}

/** The list without some filters: for values the load found the user cannot use (a county or school out of reach). */
export function withoutFilters<F extends Record<string, FilterSpec>, S extends string>(
  list: ListQuery<F, S>,
  names: (keyof F)[],
): ListQuery<F, S> {
  if (!names.some((name) => list.filters[name])) return list;
  const filters = { ...list.filters };
  for (const name of names) (filters as Record<keyof F, string>)[name] = '';
  return settled({ ...list, filters });
}

/** The set filters with `q` renamed `search`, as the list procedures take them; unset ones left out. */
export function apiFilters<F extends Record<string, FilterSpec>>(
  filters: FilterValues<F>,
): { [K in keyof F as K extends 'q' ? 'search' : K]?: Exclude<ValueOf<F[K]>, ''> } {
  const input: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters as Record<string, string>)) if (value) input[name === 'q' ? 'search' : name] = value;
  return input as never;
}

/** `query` with some parameters set (a string or number) or removed (null or ''); returns `?…`, or '' for none. */
export function withParams(query: string, changes: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(name);
    else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The link that orders the list by `key`: the other direction when it is already ordered by it. */
export function sortHref(list: ListQuery, key: string): string {
  const dir: SortDir = list.sort === key ? (list.dir === 'asc' ? 'desc' : 'asc') : 'asc';
  const isDefault = key === list.defaultSort && dir === list.defaultDir;
  return withParams(list.query, { sort: isDefault ? null : key, dir: dir === list.defaultDir ? null : dir });
}

/** The page numbers a pager shows: the first, the last, and the current one's neighbours; null marks a gap. */
export function pageNumbers(page: number, pages: number, around = 1): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
