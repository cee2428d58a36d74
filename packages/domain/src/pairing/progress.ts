import type { PairingTargets } from './activity';

export interface TargetProgress {
  kind: string;
  target: number;
  confirmed: number;
  /** How many more confirmed activities of the kind the term needs (0 when met). */
  short: number;
}

/** Each kind with a target: confirmed activities of the term against it. */
export function targetProgress(targets: PairingTargets, confirmed: Partial<Record<string, number>>): TargetProgress[] {
  return (Object.entries(targets) as [string, number][])
    .filter(([, target]) => target > 0)
    .map(([kind, target]) => {
      const done = confirmed[kind] ?? 0;
      return { kind, target, confirmed: done, short: Math.max(0, target - done) };
    });
}

/**
 * Whether a pair is idle on `asOf`: no confirmed activity (by its last day) within the last `weeks`
 * weeks — counted from the pair's start when it has none yet, so a new pair is not idle at once.
 */
export function isIdle(lastConfirmed: string | null, pairStart: string, asOf: string, weeks: number): boolean {
  const since = lastConfirmed && lastConfirmed > pairStart ? lastConfirmed : pairStart;
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000;
  return days > weeks * 7;
}
