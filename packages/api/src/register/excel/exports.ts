import { translator, type TFunction } from '@tongxing/domain';
import { COLUMNS, type ImportKind } from '../import/columns';
import type { Cell, SheetSpec } from './stream';

/** One column of an export: its key under `import.columns`, its width, and how a row fills it. */
type Column<R> = [key: string, width: number, value: (row: R) => Cell];

function sheet<R>(t: TFunction, name: string, columns: Column<R>[], rows: R[]): SheetSpec {
  return {
    name: t(`import.sheets.${name}`),
    headers: columns.map(([key]) => t(`import.columns.${key}`)),
    widths: columns.map(([, width]) => width),
    rows: rows.map((r) => columns.map(([, , value]) => value(r))),
  };
}

export interface TeacherListRow {
  idNumber: string;
  name: string;
  phone: string | null;
  education: string | null;
  title: string | null;
  bankCard: string | null;
  schoolCode: string;
  startDate: string | null;
  employmentType: string | null;
  status: string | null;
  roles: string[] | null;
  schoolName: string;
  countyName: string;
}

/** Files that are imports too are in the import's format, Chinese whatever language the user reads the site in. */
const ZH = translator('zh');

/** The cells of the import columns of a kind, in the import's order (COLUMNS), then columns the import ignores. */
function importColumns<R>(kind: ImportKind, values: Record<string, (row: R) => Cell>): Column<R>[] {
  return COLUMNS[kind].map((c): Column<R> => [c.key, c.field === 'idNumber' || c.field === 'bankCard' ? 22 : 14, values[c.field]!]);
}

/**
 * The teacher list as the user filtered it, as a valid teacher import: the template's columns in its
 * order, values as the import reads them; school and county names follow for reading (the import ignores them).
 */
export const teacherListSheet = (_t: TFunction, rows: TeacherListRow[]) =>
  sheet(
    ZH,
    'teacher',
    [
      ...importColumns<TeacherListRow>('teacher', {
        idNumber: (r) => r.idNumber,
        name: (r) => r.name,
        phone: (r) => r.phone,
        education: (r) => r.education,
        title: (r) => r.title,
        bankCard: (r) => r.bankCard,
        schoolCode: (r) => r.schoolCode,
        startDate: (r) => r.startDate,
        employmentType: (r) => r.employmentType,
        status: (r) => r.status,
        roles: (r) => (r.roles ?? []).join('、'),
      }),
      ['schoolName', 30, (r) => r.schoolName],
      ['countyName', 12, (r) => r.countyName],
    ],
    rows,
  );

export interface SchoolListRow {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  isPovertyCounty: boolean;
  schoolType: string;
  locationClass: string;
  terrainClass: string;
  address: string | null;
  openedOn: string | null;
  closedOn: string | null;
}

/** The school list as the user filtered it, as a valid school import (its columns first, in its order). */
export const schoolListSheet = (_t: TFunction, rows: SchoolListRow[]) =>
  sheet(
    ZH,
    'school',
    [
      ...importColumns<SchoolListRow>('school', {
        code: (r) => r.code,
        name: (r) => r.name,
        countyCode: (r) => r.countyCode,
        schoolType: (r) => r.schoolType,
        locationClass: (r) => r.locationClass,
        terrainClass: (r) => r.terrainClass,
        address: (r) => r.address,
      }),
      ['countyName', 12, (r) => r.countyName],
      ['isPovertyCounty', 8, (r) => ZH(r.isPovertyCounty ? 'common.yes' : 'common.no')],
      ['openedOn', 12, (r) => r.openedOn],
      ['closedOn', 12, (r) => r.closedOn],
    ],
    rows,
  );

export interface RosterRow {
  countyName: string;
  schoolCode: string;
  schoolName: string;
  name: string;
  idNumber: string;
  sex: string;
  employmentType: string;
  status: string;
  roles: string[];
  startDate: string;
  endDate: string | null;
}

/** A county's staff on one day: every primary post covering it. */
export const rosterSheet = (t: TFunction, rows: RosterRow[]) =>
  sheet(
    t,
    'roster',
    [
      ['countyName', 12, (r) => r.countyName],
      ['schoolCode', 12, (r) => r.schoolCode],
      ['schoolName', 30, (r) => r.schoolName],
      ['teacherName', 12, (r) => r.name],
      ['idNumber', 22, (r) => r.idNumber],
      ['sex', 8, (r) => r.sex],
      ['employmentType', 12, (r) => r.employmentType],
      ['status', 8, (r) => r.status],
      ['roles', 16, (r) => r.roles.join('、')],
      ['startDate', 14, (r) => r.startDate],
      ['endDate', 14, (r) => r.endDate],
    ],
    rows,
  );
