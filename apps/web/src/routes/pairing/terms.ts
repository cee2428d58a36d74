import { termFromKey, termOf, todayInChina, type Term } from '@tongxing/domain';

/** This term and the three before it, newest first: what a term selector offers. */
export function recentTerms(): Term[] {
  const current = termOf(todayInChina());
  return [0, 1, 2, 3].map((back) => {
    const date = new Date(`${current.start}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - back * 6 + 1);
    return termOf(date.toISOString().slice(0, 10));
  });
}

/** The term a page's `?term=` names; a value that names none is dropped (this term applies), so a hand-edited URL never fails the page. */
export function termAsked(url: URL): string | undefined {
  return termFromKey(url.searchParams.get('term') ?? '')?.key;
}
