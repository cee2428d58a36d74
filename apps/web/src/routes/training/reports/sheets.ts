import type { CohortReport } from '@tongxing/api/training/report/cohorts';
import type { CoverageFigure, CoverageReport } from '@tongxing/api/training/report/coverage';
import type { EastWestReport } from '@tongxing/api/training/report/east-west';
import type { PovertyReport } from '@tongxing/api/training/report/poverty';
import type { TraineeReport } from '@tongxing/api/training/report/trainees';
import type { Cell, SheetSpec } from '@tongxing/api/register/excel/stream';
import { ENROLMENT_STATES, type TFunction } from '@tongxing/domain';

/** Counts as whole numbers with thousands separators; shares as percents with one decimal. */
const COUNT = '#,##0';
const PERCENT = '0.0%';
const share = (permille: number | null): Cell => (permille === null ? null : permille / 1000);

type Figure = { trainees: number; hours: number };
const pair = (f: Figure): Cell[] => [f.trainees, f.hours];

/** Stored values are Chinese; a city's own level or form shows as stored. */
const labelIn = (t: TFunction, section: string) => (value: string) => t(`${section}.${value}`, { defaultValue: value });

/** A table of (trainees, hours) pairs per column group, with a total pair. */
function pairSheet(
  t: TFunction,
  name: string,
  title: string,
  first: string,
  groups: string[],
  rows: { label: string; cells: Figure[]; total: Figure }[],
  foot?: { cells: Figure[]; total: Figure },
): SheetSpec {
  const r = (key: string) => t(`training.reports.levels.${key}`);
  const headers = [first];
  for (const group of [...groups, t('training.reports.total')]) headers.push(`${group} ${r('trainees')}`, `${group} ${r('hours')}`);
  const line = (label: string, cells: Figure[], total: Figure): Cell[] => [label, ...cells.flatMap(pair), ...pair(total)];
  return {
    name,
    preamble: [{ text: title, kind: 'title' }],
    headers,
    widths: [18, ...headers.slice(1).map(() => 12)],
    formats: [undefined, ...headers.slice(1).map(() => COUNT)],
    rows: [
      ...rows.map((row) => line(row.label, row.cells, row.total)),
      ...(foot ? [line(t('training.reports.total'), foot.cells, foot.total)] : []),
    ],
  };
}

const spanText = (t: TFunction, years: number[]) =>
  years.length > 1 ? t('training.reports.yearRange', { from: years[0], to: years.at(-1) }) : String(years[0]);

/** Trainees and hours: by year × level, county × level, county × year, and the schools when the report has them. */
export function levelSheets(t: TFunction, report: TraineeReport): SheetSpec[] {
  const s = (key: string) => t(`training.reports.sheets.${key}`);
  const level = labelIn(t, 'training.catalogue.levels');
  const levels = report.levels.map(level);
  const title = (key: string) => `${s(key)}（${spanText(t, report.years)}）`;
  const sheets = [
    pairSheet(
      t,
      s('byYear'),
      title('byYear'),
      t('training.reports.year'),
      levels,
      report.byYear.map((y) => ({ label: String(y.year), cells: y.levels, total: y.total })),
      { cells: report.total.levels, total: report.total.total },
    ),
    pairSheet(
      t,
      s('byCounty'),
      title('byCounty'),
      t('training.reports.county'),
      levels,
      report.counties.map((c) => ({ label: c.countyName, cells: c.levels, total: c.total })),
      { cells: report.total.levels, total: report.total.total },
    ),
    pairSheet(
      t,
      s('byCountyYear'),
      title('byCountyYear'),
      t('training.reports.county'),
      report.years.map(String),
      report.counties.map((c) => ({ label: c.countyName, cells: c.years, total: c.total })),
      { cells: report.byYear.map((y) => y.total), total: report.total.total },
    ),
  ];
  if (report.schools)
    sheets.push(
      pairSheet(
        t,
        s('bySchool'),
        `${report.counties[0]?.countyName ?? ''} ${title('bySchool')}`,
        t('training.reports.levels.school'),
        levels,
        report.schools.map((school) => ({ label: school.schoolName, cells: school.levels, total: school.total })),
      ),
    );
  return sheets;
}

/** The poverty-county share per year (and over the span) and each county's trainees. */
export function povertySheets(t: TFunction, report: PovertyReport): SheetSpec[] {
  const p = (key: string) => t(`training.reports.poverty.${key}`);
  const s = (key: string) => t(`training.reports.sheets.${key}`);
  const span = spanText(t, report.years);
  return [
    {
      name: s('poverty'),
      preamble: [{ text: `${s('poverty')}（${span}）`, kind: 'title' }],
      headers: [t('training.reports.year'), p('trainees'), p('povertyTrainees'), p('share')],
      widths: [14, 12, 14, 14],
      formats: [undefined, COUNT, COUNT, PERCENT],
      rows: [
        ...report.byYear.map((y): Cell[] => [String(y.year), y.trainees, y.povertyTrainees, share(y.sharePermille)]),
        ...(report.years.length > 1
          ? [[span, report.total.trainees, report.total.povertyTrainees, share(report.total.sharePermille)] as Cell[]]
          : []),
      ],
    },
    {
      name: s('povertyByCounty'),
      preamble: [{ text: `${s('povertyByCounty')}（${span}）`, kind: 'title' }],
      headers: [t('training.reports.county'), t('county.poverty'), p('trainees'), p('shareOfAll')],
      widths: [16, 10, 12, 14],
      formats: [undefined, undefined, COUNT, PERCENT],
      rows: report.counties.map((c): Cell[] => [
        c.countyName,
        c.isPovertyCounty ? t('common.yes') : t('common.no'),
        c.trainees,
        share(c.sharePermille),
      ]),
    },
  ];
}

/** The cycle's coverage per county (with the total) and per school of one county. */
export function coverageSheets(t: TFunction, report: CoverageReport): SheetSpec[] {
  const c = (key: string, params?: Record<string, unknown>) => t(`training.reports.coverage.${key}`, params ?? {});
  const s = (key: string) => t(`training.reports.sheets.${key}`);
  const headers = (first: string) => [
    first,
    c('teachers'),
    c('trained'),
    c('untrained'),
    c('trainedShare'),
    c('onPace'),
    c('behind'),
    c('onPaceShare'),
    c('hours'),
  ];
  const cells = (f: CoverageFigure): Cell[] => [
    f.teachers,
    f.trained,
    f.untrained,
    share(f.trainedPermille),
    f.onPace,
    f.behind,
    share(f.onPacePermille),
    f.hours,
  ];
  const formats = [undefined, COUNT, COUNT, COUNT, PERCENT, COUNT, COUNT, PERCENT, COUNT];
  const title = report.cycle
    ? c('cycle', {
        from: report.cycle.startDate,
        to: report.cycle.endDate,
        hours: report.cycle.requiredHours,
        asOf: report.asOf,
      })
    : c('noCycle');
  const sheets: SheetSpec[] = [
    {
      name: s('coverage'),
      preamble: [{ text: s('coverage'), kind: 'title' }, { text: title }],
      headers: headers(t('training.reports.county')),
      widths: [16, 10, 10, 10, 10, 10, 10, 12, 12],
      formats,
      rows: [
        ...report.counties.map((county): Cell[] => [county.countyName, ...cells(county.figures)]),
        ...(report.counties.length > 1 ? [[t('training.reports.total'), ...cells(report.total)] as Cell[]] : []),
      ],
    },
  ];
  if (report.schools)
    sheets.push({
      name: s('coverageBySchool'),
      preamble: [{ text: `${report.counties[0]?.countyName ?? ''} ${s('coverageBySchool')}`, kind: 'title' }, { text: title }],
      headers: headers(c('school')),
      widths: [24, 10, 10, 10, 10, 10, 10, 12, 12],
      formats,
      rows: report.schools.map((school): Cell[] => [school.schoolName, ...cells(school.figures)]),
    });
  return sheets;
}

/** The year's cohorts with their enrolments by state, and the counties' places per cohort and over the year. */
export function cohortSheets(t: TFunction, report: CohortReport): SheetSpec[] {
  const k = (key: string) => t(`training.reports.cohorts.${key}`);
  const s = (key: string) => t(`training.reports.sheets.${key}`);
  const level = labelIn(t, 'training.catalogue.levels');
  const form = labelIn(t, 'training.catalogue.forms');
  const cohortName = new Map(report.cohorts.map((c) => [c.cohortId, `${c.programmeName}（${c.name}）`]));
  const states = ENROLMENT_STATES.map((state) => k(`states.${state}`));
  const counts = ENROLMENT_STATES.length + 5;
  return [
    {
      name: s('cohorts'),
      preamble: [{ text: `${s('cohorts')}（${report.year}）`, kind: 'title' }],
      headers: [
        k('programme'),
        k('cohort'),
        k('level'),
        k('form'),
        k('dates'),
        k('capacity'),
        k('held'),
        ...states,
        k('placed'),
        k('passed'),
        k('attended'),
      ],
      widths: [28, 18, 10, 12, 24, ...Array.from({ length: counts }, () => 9)],
      formats: [undefined, undefined, undefined, undefined, undefined, ...Array.from({ length: counts }, () => COUNT)],
      rows: report.cohorts.map((c): Cell[] => [
        c.programmeName,
        c.name,
        level(c.level),
        form(c.form),
        `${c.startDate} — ${c.endDate}`,
        c.capacity,
        c.held,
        ...ENROLMENT_STATES.map((state) => c.counts[state]),
        c.placed,
        c.passed,
        c.attended,
      ]),
    },
    {
      name: s('quotas'),
      preamble: [{ text: `${s('quotas')}（${report.year}）`, kind: 'title' }],
      headers: [k('cohort'), t('training.reports.county'), k('places'), k('quotaHeld'), k('use')],
      widths: [36, 16, 10, 10, 10],
      formats: [undefined, undefined, COUNT, COUNT, PERCENT],
      rows: report.quotas.map((q): Cell[] => [cohortName.get(q.cohortId) ?? '', q.countyName, q.places, q.held, share(q.usePermille)]),
    },
    {
      name: s('quotasByCounty'),
      preamble: [{ text: `${s('quotasByCounty')}（${report.year}）`, kind: 'title' }],
      headers: [t('training.reports.county'), k('cohortsWithQuota'), k('places'), k('quotaHeld'), k('use')],
      widths: [16, 14, 10, 10, 10],
      formats: [undefined, COUNT, COUNT, COUNT, PERCENT],
      rows: report.counties.map((c): Cell[] => [c.countyName, c.cohorts, c.places, c.held, share(c.usePermille)]),
    },
  ];
}

/** 东西部协作: one row per cohort, grouped by form with a subtotal, and the year's total. */
export function eastWestSheets(t: TFunction, report: EastWestReport): SheetSpec[] {
  const e = (key: string, params?: Record<string, unknown>) => t(`training.reports.eastWest.${key}`, params ?? {});
  const form = labelIn(t, 'training.catalogue.forms');
  const rows: Cell[][] = [];
  for (const group of report.forms) {
    for (const c of group.cohorts)
      rows.push([
        form(group.form),
        c.programmeName,
        c.partner,
        c.name,
        `${c.startDate} — ${c.endDate}`,
        c.days,
        c.place,
        c.capacity,
        c.placed,
        c.counts.completed,
        c.passed,
      ]);
    rows.push([
      e('subtotal', { form: form(group.form) }),
      null,
      null,
      group.totals.cohorts,
      null,
      null,
      null,
      null,
      group.totals.placed,
      group.totals.completed,
      group.totals.passed,
    ]);
  }
  if (report.forms.length > 1)
    rows.push([
      t('training.reports.total'),
      null,
      null,
      report.total.cohorts,
      null,
      null,
      null,
      null,
      report.total.placed,
      report.total.completed,
      report.total.passed,
    ]);
  return [
    {
      name: t('training.reports.sheets.eastWest'),
      preamble: [{ text: `${t('training.reports.sheets.eastWest')}（${report.year}）`, kind: 'title' }],
      headers: [
        e('form'),
        e('programme'),
        e('partner'),
        e('cohort'),
        e('dates'),
        e('days'),
        e('place'),
        e('capacity'),
        e('placed'),
        e('completed'),
        e('passed'),
      ],
      widths: [14, 30, 16, 20, 24, 8, 16, 8, 8, 8, 8],
      formats: [undefined, undefined, undefined, undefined, undefined, COUNT, undefined, COUNT, COUNT, COUNT, COUNT],
      rows,
    },
  ];
}
