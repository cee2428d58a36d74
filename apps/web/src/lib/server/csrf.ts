const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may change state: safe methods always; others only when the browser says the
 * request comes from this site (Origin equal to ours, or Sec-Fetch-Site same-origin). A request that
 * carries neither header (not from a browser) is refused too.
 */
export function isSameOriginWrite(request: Request, url: URL): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === url.origin;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}
