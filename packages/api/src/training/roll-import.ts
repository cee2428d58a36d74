import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { translator, type Locale } from '@tongxing/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { entityId } from '../inputs';
import { badInput } from '../problems';
import { readWorkbook, UnreadableWorkbook } from '../register/import/read-workbook';
import { cohortRoll, MAX_ROLL, writeMarks } from './attendance';
import { checkRollSheet, traineeNumbers, type Mark } from './roll-check';

/** How many marks of each kind the file recorded in a session. */
export interface SessionTally {
  sessionId: string;
  sessionDate: string;
  name: string;
  present: number;
  absent: number;
}
export type RollImport = { ok: false; problems: ImportProblem[] } | { ok: true; sessions: SessionTally[] };

/** The first sheet of the file (rows bounded by the roll), or the reason it cannot be read, for the file field. */
async function readRollFile(bytes: Uint8Array) {
  try {
    return await readWorkbook(bytes, MAX_ROLL);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw badInput('file', `roll_${error.reason}`, { max: MAX_ROLL });
    throw error;
  }
}

/** Which of the numbers name a trainee of the cohort (whatever their state or school). */
async function enrolmentsAmong(tx: Transaction, cohortId: string, keys: string[]) {
  const ids = [...new Set(keys.filter((k) => entityId().safeParse(k).success))];
  if (ids.length === 0) return new Set<string>();
  const e = schema.trainingEnrolment;
  const rows = await tx
    .select({ id: e.id })
    .from(e)
    .where(and(eq(e.cohortId, cohortId), inArray(e.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The sessions the file marked anyone in, in the cohort's order, with how many it marked present and absent. */
const tally = (sessions: { id: string; sessionDate: string; name: string }[], marks: Mark[]): SessionTally[] =>
  sessions.flatMap((s) => {
    const of = marks.filter((m) => m.sessionId === s.id);
    const present = of.filter((m) => m.present).length;
    return of.length === 0 ? [] : [{ sessionId: s.id, sessionDate: s.sessionDate, name: s.name, present, absent: of.length - present }];
  });

/**
 * Imports a filled-in roll sheet of a cohort: every row is checked against the user's roll (the same
 * roll as the roll call's) and, if the file has no problem at all, every mark is written by the roll
 * call's own write, in this one transaction. With any problem nothing is written and the report says
 * which row, which column and why.
 */
export async function importRoll(
  tx: Transaction,
  user: SessionUser,
  cohortId: string,
  bytes: Uint8Array,
  locale: Locale,
): Promise<RollImport> {
  const roll = await cohortRoll(tx, user, cohortId);
  if (roll.sessions.length === 0) throw badInput('file', 'roll_no_sessions');
  const sheet = await readRollFile(bytes);
  const onRoll = new Set(roll.trainees.map((r) => r.enrolmentId));
  const strangers = traineeNumbers(sheet).filter((key) => !onRoll.has(key));
  const inCohort = await enrolmentsAmong(tx, cohortId, strangers);
  const { problems, marks } = checkRollSheet(sheet, roll, inCohort, translator(locale));
  if (problems.length > 0) return { ok: false, problems };
  await writeMarks(tx, user, marks);
  return { ok: true, sessions: tally(roll.sessions, marks) };
}
