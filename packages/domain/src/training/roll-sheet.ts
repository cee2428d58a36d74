/**
 * What may be written in a roll sheet's session cell, by what it records. English words are read
 * whatever their case; an empty cell leaves the recorded mark as it is.
 */
export const ROLL_MARK_WORDS = {
  present: ['出勤', '√', '1', 'present'],
  absent: ['缺勤', '×', '0', 'absent'],
} as const;

export type RollMark = 'present' | 'absent' | 'blank' | 'invalid';

const MARK_OF = new Map<string, RollMark>([
  ...ROLL_MARK_WORDS.present.map((word): [string, RollMark] => [word, 'present']),
  ...ROLL_MARK_WORDS.absent.map((word): [string, RollMark] => [word, 'absent']),
]);

/** The mark a cell's text records. */
export function readRollMark(text: string): RollMark {
  const word = text.trim().toLowerCase();
  if (word === '') return 'blank';
  return MARK_OF.get(word) ?? 'invalid';
}

/** Most megabytes a roll sheet may have: a few hundred trainees by 30 sessions is well under one. */
export const ROLL_SHEET_MEGABYTES = 5;
