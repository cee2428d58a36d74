import { z } from 'zod';

/** How a cohort decides who completed it: a share of the sessions attended, or the provider's assessment. */
export type CompletionRule = { kind: 'attendance'; minPercent: number } | { kind: 'assessment' };

export const completionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attendance'), minPercent: z.number().int().min(1).max(100) }),
  z.object({ kind: z.literal('assessment') }),
]) satisfies z.ZodType<CompletionRule, unknown>;

export type AssessmentResult = 'passed' | 'failed';
export type CompletionOutcome = AssessmentResult | 'pending';

export interface CompletionFacts {
  sessions: number;
  attended: number;
  assessment: AssessmentResult | null;
}

export function completionOutcome(rule: CompletionRule, facts: CompletionFacts): CompletionOutcome {
  if (rule.kind === 'assessment') return facts.assessment ?? 'pending';
  if (facts.sessions === 0) return 'pending';
  // Compared as integers so that e.g. 2 of 3 sessions against 67% is not decided by float rounding.
  return facts.attended * 100 >= rule.minPercent * facts.sessions ? 'passed' : 'failed';
}
