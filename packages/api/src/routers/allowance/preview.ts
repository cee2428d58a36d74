import type { Transaction } from '@tongxing/db';
import { computeMonth } from '@tongxing/domain';
import { monthFacts, publishedRules, storedSegments } from '../../allowance/facts';

/**
 * A teacher's lines for a month under the published rules, fed from the register by the same loaders
 * and engine as the monthly run. Each line carries its segments as the explanation.
 */
export async function previewMonth(tx: Transaction, teacherId: string, month: string) {
  const [{ rules, base, typeNames, titles }, [facts]] = await Promise.all([
    publishedRules(tx),
    monthFacts(tx, month, { teacherIds: [teacherId] }),
  ]);
  if (!facts) return [];
  return computeMonth(month, facts, rules, base).map((line) => ({
    ...line,
    allowanceTypeName: typeNames.get(line.allowanceTypeId) ?? '',
    segments: storedSegments(line.segments, titles),
  }));
}
