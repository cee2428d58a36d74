/**
 * Only same-site paths: `/x`, never `//host`, `/\\host` or `https://…`, and only printable ASCII (a tab or
 * a non-ASCII character would make an invalid Location header).
 */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : fallback;
}
