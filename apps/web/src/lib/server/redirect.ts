/** Only same-site paths: `/x`, never `//host` or `https://…`. */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
