import type { AppRouter } from '@tongxing/api';
import type { inferRouterInputs } from '@trpc/server';

type Exports = inferRouterInputs<AppRouter>['export'];

/**
 * A list page's filters from its URL, as the list procedures take them (`q` is their `search`; the page
 * number is left out). The values are the user's own: the API validates them and refuses bad ones.
 */
export function listParams<K extends 'teachers' | 'schools'>(url: URL, names: readonly string[]): Exports[K] {
  const params: Record<string, string> = {};
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value) params[name === 'q' ? 'search' : name] = value;
  }
  return params as Exports[K];
}
