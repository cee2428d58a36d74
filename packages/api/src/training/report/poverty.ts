import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { visible } from '../../scope';
import { activityIn } from './activity';
import { sharePermille, yearsOf, yearSpan } from './span';

export const povertyInput = z.object(yearSpan);
export type PovertyInput = z.infer<typeof povertyInput>;

/** The grouping sets by the bits `grouping(year, poverty, county_id)` gives them (1: the column is left out). */
const SET = { yearPoverty: 0b001, year: 0b011, poverty: 0b101, all: 0b111, county: 0b110 } as const;

type Row = {
  g: number;
  year: number | null;
  poverty: boolean | null;
  county_id: string | null;
  trainees: number;
};

/** Trainees of a group, those of poverty counties (脱贫县) among them, and their share in thousandths. */
export interface PovertyFigure {
  trainees: number;
  povertyTrainees: number;
  sharePermille: number | null;
}

/**
 * The share of trainees from poverty counties (the 岳阳 figure: 平江县 1,784 of 8,231 trainees, 21.7%),
 * per year of the span and over it, and each county's trainees with its share of all. Trainees are
 * distinct teachers with training in the year (see `activityIn`), counted in their current county.
 */
export async function povertyReport(tx: Transaction, user: SessionUser, input: PovertyInput) {
  const [rows, counties] = await Promise.all([
    tx.execute<Row>(sql`
      select grouping(year, poverty, county_id)::int as g, year, poverty, county_id,
        count(distinct teacher_id) filter (where trains)::int as trainees
      from (${activityIn(user, input)}) a
      group by grouping sets ((year, poverty), (year), (poverty), (), (county_id))`),
    tx
      .select({ countyId: schema.county.id, countyName: schema.county.name, isPovertyCounty: schema.county.isPovertyCounty })
      .from(schema.county)
      .where(visible.counties(user))
      .orderBy(asc(schema.county.code)),
  ]);
  const list = [...rows];
  const trainees = (bits: number, match: (r: Row) => boolean = () => true) => list.find((r) => r.g === bits && match(r))?.trainees ?? 0;
  const figure = (all: number, poor: number): PovertyFigure => ({
    trainees: all,
    povertyTrainees: poor,
    sharePermille: sharePermille(poor, all),
  });
  const total = trainees(SET.all);
  return {
    years: yearsOf(input),
    total: figure(
      total,
      trainees(SET.poverty, (r) => r.poverty === true),
    ),
    byYear: yearsOf(input).map((year) => ({
      year,
      ...figure(
        trainees(SET.year, (r) => r.year === year),
        trainees(SET.yearPoverty, (r) => r.year === year && r.poverty === true),
      ),
    })),
    counties: counties.map((county) => {
      const n = trainees(SET.county, (r) => r.county_id === county.countyId);
      return { ...county, trainees: n, sharePermille: sharePermille(n, total) };
    }),
  };
}

export type PovertyReport = Awaited<ReturnType<typeof povertyReport>>;
