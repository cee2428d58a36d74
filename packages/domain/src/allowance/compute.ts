import { add, equal, fraction, roundHalfUp, times, ZERO, type Fraction } from './fraction';
import { daysBetween, monthBounds } from './month';
import type { AllowanceLine, BaseLookup, PostFact, RuleVersion, Segment, TeacherFacts } from './types';

const covers = (start: string, end: string | null, day: string) => start <= day && (end === null || day < end);

function eligible(teacher: TeacherFacts, post: PostFact, rule: RuleVersion): boolean {
  const c = rule.conditions;
  return (
    (!c.locationClasses || c.locationClasses.includes(post.locationClass)) &&
    (!c.schoolTypes || c.schoolTypes.includes(post.schoolType)) &&
    (!c.countyIds || c.countyIds.includes(post.countyId)) &&
    (!c.employmentTypes || c.employmentTypes.includes(post.employmentType)) &&
    (!c.inPostRequired || post.status === '在岗') &&
    (!c.rolesRequired || c.rolesRequired.every((r) => post.roles.includes(r))) &&
    (!c.keyTeacherLevels || (teacher.keyTeacherLevel !== null && c.keyTeacherLevels.includes(teacher.keyTeacherLevel)))
  );
}

/** The exact monthly amount for a post under a rule, or null when the rule pays nothing there. */
function monthlyAmount(rule: RuleVersion, post: PostFact, year: number, bases: BaseLookup): Fraction | null {
  const a = rule.amount;
  if (a.kind === 'fixed') return fraction(BigInt(a.monthlyFen));
  if (a.kind === 'tier') {
    const fen = a.monthlyFenByClass[post.locationClass];
    return fen === undefined ? null : fraction(BigInt(fen));
  }
  const base = bases(a.baseName, year, post.countyId);
  return base === undefined ? null : fraction(BigInt(base) * BigInt(a.rateBasisPoints), 10_000n * 12n);
}

/** Cuts [start, end) at every date where a post or a rule version of the type starts or ends. */
function cutPoints(start: string, end: string, posts: PostFact[], rules: RuleVersion[]): string[] {
  const points = new Set([start, end]);
  for (const d of [...posts.flatMap((p) => [p.start, p.end]), ...rules.flatMap((r) => [r.effectiveFrom, r.effectiveTo])]) {
    if (d !== null && d > start && d < end) points.add(d);
  }
  return [...points].sort();
}

/** Adjacent pieces with the same post, rule version and amount become one segment. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (
      last &&
      last.end === s.start &&
      last.postId === s.postId &&
      last.ruleVersionId === s.ruleVersionId &&
      equal(last.monthlyFen, s.monthlyFen)
    ) {
      out[out.length - 1] = { ...last, end: s.end, days: last.days + s.days };
    } else out.push(s);
  }
  return out;
}

/** Σ monthly × days ÷ days-in-month, or the whole month under the threshold and no-proration policies. */
function total(rule: RuleVersion, segments: Segment[], daysInMonth: number): Fraction {
  const eligibleDays = segments.reduce((n, s) => n + s.days, 0);
  const byDays = segments.reduce((sum, s) => add(sum, times(s.monthlyFen, BigInt(s.days))), ZERO);
  switch (rule.proration.kind) {
    case 'calendarDays':
      return times(byDays, 1n, BigInt(daysInMonth));
    case 'fullMonthAbove':
      // a day-weighted monthly amount, paid whole
      return eligibleDays >= rule.proration.minDays ? times(byDays, 1n, BigInt(eligibleDays)) : ZERO;
    case 'none':
      return eligibleDays === daysInMonth ? times(byDays, 1n, BigInt(daysInMonth)) : ZERO;
  }
}

/**
 * A teacher's allowance lines for one month: at most one per allowance type, summed exactly over the
 * segments where post, status, roles and rule version are constant, rounded half up to the 分 once.
 * Each line keeps its segments as the explanation and belongs to the county of the last post in the month.
 */
export function computeMonth(month: string, teacher: TeacherFacts, rules: RuleVersion[], bases: BaseLookup): AllowanceLine[] {
  const { start, end, days: daysInMonth } = monthBounds(month);
  const year = Number(month.slice(0, 4));
  const posts = teacher.posts
    .filter((p) => p.start < end && (p.end === null || p.end > start))
    .sort((a, b) => a.start.localeCompare(b.start));
  if (posts.length === 0) return [];
  const countyId = posts.at(-1)!.countyId;
  const types = [...new Set(rules.map((r) => r.allowanceTypeId))];
  const lines: AllowanceLine[] = [];
  for (const type of types) {
    const versions = rules.filter((r) => r.allowanceTypeId === type);
    const points = cutPoints(start, end, posts, versions);
    const pieces: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const post = posts.find((p) => covers(p.start, p.end, from));
      const rule = versions.find((r) => covers(r.effectiveFrom, r.effectiveTo, from));
      if (!post || !rule || !eligible(teacher, post, rule)) continue;
      const monthlyFen = monthlyAmount(rule, post, year, bases);
      if (!monthlyFen || monthlyFen.n === 0n) continue;
      pieces.push({
        start: from,
        end: to,
        days: daysBetween(from, to),
        postId: post.postId,
        schoolId: post.schoolId,
        schoolName: post.schoolName,
        locationClass: post.locationClass,
        ruleVersionId: rule.id,
        documentNo: rule.documentNo,
        monthlyFen,
      });
    }
    const segments = merge(pieces);
    if (segments.length === 0) continue;
    const governing = versions.find((r) => r.id === segments.at(-1)!.ruleVersionId)!;
    const amountFen = roundHalfUp(total(governing, segments, daysInMonth));
    if (amountFen > 0) lines.push({ teacherId: teacher.teacherId, allowanceTypeId: type, month, amountFen, countyId, segments });
  }
  return lines;
}

/** What a corrected month owes (positive, 补发) or takes back (negative, 扣回) against what was approved. */
export function adjustmentFen(approvedFen: number, recomputed: AllowanceLine | undefined): number {
  return (recomputed?.amountFen ?? 0) - approvedFen;
}
