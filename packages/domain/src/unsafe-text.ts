/**
 * Text that no field may hold: the NUL character (PostgreSQL text cannot store it, and a driver error
 * would follow) and UTF-16 surrogates without their pair (no valid character; they cannot be encoded).
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnsafeText(value: string): boolean {
  return UNSAFE.test(value);
}

/** The name of the first field (at any depth) whose text is unsafe, or null. Lists name their field. */
export function unsafeTextField(input: unknown, field = 'input', depth = 0): string | null {
  if (typeof input === 'string') return isUnsafeText(input) ? field : null;
  if (depth > 8 || input === null || typeof input !== 'object' || ArrayBuffer.isView(input)) return null;
  const entries = Array.isArray(input) ? input.map((v) => [field, v] as const) : Object.entries(input);
  for (const [key, value] of entries) {
    if (typeof key === 'string' && isUnsafeText(key)) return field;
    const found = unsafeTextField(value, key, depth + 1);
    if (found) return found;
  }
  return null;
}
