import { numberOf } from '../programmes/programme-form.ts';

/** The cycle form's fields as typed; `minimums` holds the levels given a minimum (blank ones are left out). */
export interface CycleValues {
  cycleId: string;
  startDate: string;
  endDate: string;
  requiredHours: string;
  joiners: 'prorataMonths' | 'full';
  minimums: Record<string, string>;
}

/** Each level's minimum is an input named `min:<level>`. */
export const MIN_PREFIX = 'min:';

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function cycleValues(form: FormData): CycleValues {
  const minimums: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (key.startsWith(MIN_PREFIX) && String(value).trim() !== '') minimums[key.slice(MIN_PREFIX.length)] = String(value).trim();
  return {
    cycleId: text(form, 'cycleId'),
    startDate: text(form, 'startDate'),
    endDate: text(form, 'endDate'),
    requiredHours: text(form, 'requiredHours'),
    joiners: text(form, 'joiners') === 'full' ? 'full' : 'prorataMonths',
    minimums,
  };
}

/** The fields trainingCycle.create and trainingCycle.update share. */
export function cycleFields(v: CycleValues) {
  return {
    startDate: v.startDate,
    endDate: v.endDate,
    requiredHours: numberOf(v.requiredHours),
    joiners: v.joiners,
    minHoursByLevel: Object.fromEntries(Object.entries(v.minimums).map(([level, hours]) => [level, numberOf(hours)])),
  };
}

/**
 * A level's minimum that is not a number is reported under the level's name (the last part of its path):
 * shown beside that level's input.
 */
export function minimumFields(v: CycleValues): Record<string, string> {
  return Object.fromEntries(Object.keys(v.minimums).map((level) => [level, `${MIN_PREFIX}${level}`]));
}

/** A stored cycle as the form's fields, so the edit form opens pre-filled. */
export function valuesOfCycle(c: {
  id: string;
  startDate: string;
  endDate: string;
  requiredHours: number;
  joiners: 'prorataMonths' | 'full';
  minHoursByLevel: Record<string, number>;
}): CycleValues {
  return {
    cycleId: c.id,
    startDate: c.startDate,
    endDate: c.endDate,
    requiredHours: String(c.requiredHours),
    joiners: c.joiners,
    minimums: Object.fromEntries(Object.entries(c.minHoursByLevel).map(([level, hours]) => [level, String(hours)])),
  };
}
