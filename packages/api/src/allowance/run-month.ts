import { TRPCError } from '@trpc/server';
import { schema, type Transaction } from '@tongxing/db';
import { computeMonth, type AllowanceLine } from '@tongxing/domain';
import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { InputProblems } from '../problems';
import { monthFacts, publishedRules, storedSegments } from './facts';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;
const OPEN_STATES = ['draft', 'returned'] as const;

interface NewLine {
  teacherId: string;
  allowanceTypeId: string;
  kind: 'regular' | 'adjustment';
  month: string;
  amountFen: number;
  approvedFen: number | null;
  recomputedFen: number | null;
  segments: unknown;
}

const key = (teacherId: string, typeId: string, month: string) => `${teacherId}|${typeId}|${month}`;

/** The sheet of a county and month, created as a draft on first use; refused once submitted or approved. */
async function openSheet(tx: Transaction, tenantId: string, countyId: string, month: string) {
  await tx.insert(sheet).values({ tenantId, countyId, month }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(sheet)
    .where(and(eq(sheet.countyId, countyId), eq(sheet.month, month)))
    .for('update');
  if (!row || !(OPEN_STATES as readonly string[]).includes(row.state)) {
    throw new TRPCError({ code: 'BAD_REQUEST', cause: new InputProblems([{ field: 'month', key: 'sheet_locked' }]) });
  }
  return row;
}

/** What has been approved, per teacher × type × month, for the months corrected here: regular lines and adjustments of approved sheets. */
async function approvedTotals(tx: Transaction, months: string[]) {
  if (months.length === 0) return new Map<string, { fen: number; countyId: string }>();
  const rows = await tx
    .select({
      teacherId: line.teacherId,
      typeId: line.allowanceTypeId,
      month: line.month,
      fen: sql<number>`sum(${line.amountFen})`.mapWith(Number),
      countyId: sql<string>`max(${sheet.countyId}::text)`,
    })
    .from(line)
    .innerJoin(sheet, and(eq(sheet.tenantId, line.tenantId), eq(sheet.id, line.sheetId)))
    .where(and(eq(sheet.state, 'approved'), inArray(line.month, months)))
    .groupBy(line.teacherId, line.allowanceTypeId, line.month);
  return new Map(rows.map((r) => [key(r.teacherId, r.typeId, r.month), { fen: r.fen, countyId: r.countyId }]));
}

/**
 * Runs a county's month: every teacher's lines from the one engine, written in one transaction (a
 * crash leaves nothing), replacing the draft's previous run (so running twice changes nothing), plus
 * adjustments for approved months of the county that the register or the rules have changed since.
 */
export async function runMonth(tx: Transaction, tenantId: string, countyId: string, month: string) {
  const target = await openSheet(tx, tenantId, countyId, month);
  const { rules, base, titles } = await publishedRules(tx);
  const lines: NewLine[] = [];

  const regular = (await monthFacts(tx, month, { countyId }))
    .flatMap((t) => computeMonth(month, t, rules, base))
    .filter((l) => l.countyId === countyId);
  for (const l of regular) lines.push({ ...fromEngine(l, titles), kind: 'regular', approvedFen: null, recomputedFen: null });

  const lockedMonths = (
    await tx
      .select({ month: sheet.month })
      .from(sheet)
      .where(and(eq(sheet.countyId, countyId), eq(sheet.state, 'approved'), lt(sheet.month, month)))
  ).map((r) => r.month);
  const approved = await approvedTotals(tx, lockedMonths);
  for (const earlier of lockedMonths) {
    const recomputed = new Map(
      (await monthFacts(tx, earlier, { countyId }))
        .flatMap((t) => computeMonth(earlier, t, rules, base))
        .map((l) => [key(l.teacherId, l.allowanceTypeId, earlier), l]),
    );
    const keys = new Set([
      ...recomputed.keys(),
      ...[...approved.keys()].filter((k) => k.endsWith(`|${earlier}`) && approved.get(k)!.countyId === countyId),
    ]);
    for (const k of keys) {
      const now = recomputed.get(k);
      const before = approved.get(k);
      // the correction belongs to the county the teacher's line belongs to now (or belonged to)
      if ((now ? now.countyId : before?.countyId) !== countyId) continue;
      const diff = (now?.amountFen ?? 0) - (before?.fen ?? 0);
      if (diff === 0) continue;
      const [teacherId, typeId] = k.split('|') as [string, string];
      lines.push({
        teacherId,
        allowanceTypeId: typeId,
        kind: 'adjustment',
        month: earlier,
        amountFen: diff,
        approvedFen: before?.fen ?? 0,
        recomputedFen: now?.amountFen ?? 0,
        segments: now ? storedSegments(now.segments, titles) : [],
      });
    }
  }

  await writeLines(tx, tenantId, target.id, month, lines);
  const [done] = await tx
    .update(sheet)
    .set({ computedAt: new Date(), state: 'draft', comment: target.state === 'returned' ? target.comment : null })
    .where(eq(sheet.id, target.id))
    .returning();
  return { sheet: done!, lines: lines.length, regular: regular.length, adjustments: lines.length - regular.length };
}

function fromEngine(l: AllowanceLine, titles: Map<string, string>) {
  return {
    teacherId: l.teacherId,
    allowanceTypeId: l.allowanceTypeId,
    month: l.month,
    amountFen: l.amountFen,
    segments: storedSegments(l.segments, titles),
  };
}

/**
 * Replaces the sheet's lines with `lines`. A regular line of the month sitting on another county's
 * open sheet moves here (the teacher's last post is here now); one on a submitted or approved sheet
 * stays, and a later run corrects it by adjustment.
 */
async function writeLines(tx: Transaction, tenantId: string, sheetId: string, month: string, lines: NewLine[]) {
  await tx.delete(line).where(eq(line.sheetId, sheetId));
  const teacherIds = [...new Set(lines.filter((l) => l.kind === 'regular').map((l) => l.teacherId))];
  if (teacherIds.length) {
    const elsewhere = tx
      .select({ id: sheet.id })
      .from(sheet)
      .where(and(ne(sheet.id, sheetId), eq(sheet.month, month), inArray(sheet.state, [...OPEN_STATES])));
    await tx
      .delete(line)
      .where(and(eq(line.kind, 'regular'), eq(line.month, month), inArray(line.teacherId, teacherIds), inArray(line.sheetId, elsewhere)));
  }
  // One JSON parameter per batch, unpacked by PostgreSQL: far cheaper than binding ten parameters a row.
  const BATCH = 10_000;
  for (let i = 0; i < lines.length; i += BATCH) {
    const rows = JSON.stringify(lines.slice(i, i + BATCH));
    await tx.execute(sql`insert into allowance_line (tenant_id, sheet_id, teacher_id, allowance_type_id, kind, month, amount_fen, approved_fen, recomputed_fen, segments)
      select ${tenantId}, ${sheetId}, r."teacherId", r."allowanceTypeId", r.kind, r.month, r."amountFen", r."approvedFen", r."recomputedFen", r.segments
      from json_to_recordset(${rows}::json) as r("teacherId" uuid, "allowanceTypeId" uuid, kind text, month text, "amountFen" bigint, "approvedFen" bigint, "recomputedFen" bigint, segments jsonb)
      on conflict do nothing`);
  }
}
