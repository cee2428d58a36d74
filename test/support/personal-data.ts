/**
 * What must never appear in a server log: resident ID numbers (18 characters, GB 11643), bank card
 * numbers (16–19 digits), mobile numbers and session tokens (`id.secret`, 24 + 24 base32 characters).
 * Digits inside longer digit runs (timestamps, counters) are not matched, nor are record ids: a uuid's
 * last group is twelve hex digits that are all decimal now and then ("…-c13812345678").
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PATTERNS: Record<string, RegExp> = {
  idNumber: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/,
  bankCard: /(?<!\d)\d{16,19}(?!\d)/,
  phone: /(?<!\d)1[3-9]\d{9}(?!\d)/,
  sessionToken: /(?<![a-z2-9])[a-km-np-z2-9]{24}\.[a-km-np-z2-9]{24}(?![a-z2-9])/,
};

export interface PersonalDataFinding {
  kind: string;
  line: number;
  /** The line with the match masked, so the report does not repeat it. */
  excerpt: string;
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  text.split('\n').forEach((content, index) => {
    const scanned = content.replace(UUID, 'uuid');
    for (const [kind, pattern] of Object.entries(PATTERNS)) {
      const match = pattern.exec(scanned);
      if (!match) continue;
      findings.push({ kind, line: index + 1, excerpt: scanned.replace(match[0], '«masked»').slice(0, 300) });
      break; // one finding a line is enough to point at it
    }
  });
  return findings;
}
