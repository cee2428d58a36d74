import type { TFunction } from '@tongxing/domain';
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
  name: string;
  idNumber: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  title: string | null;
  schoolName: string;
  countyName: string;
}

/** The teacher list as the user filtered it. */
export const teacherListSheet = (t: TFunction, rows: TeacherListRow[]) =>
  sheet(
    t,
    'teacher',
    [
      ['teacherName', 12, (r) => r.name],
      ['idNumber', 22, (r) => r.idNumber],
      ['sex', 8, (r) => r.sex],
      ['birthDate', 12, (r) => r.birthDate],
      ['phone', 14, (r) => r.phone],
      ['title', 12, (r) => r.title],
      ['schoolName', 30, (r) => r.schoolName],
      ['countyName', 12, (r) => r.countyName],
    ],
    rows,
  );

export interface SchoolListRow {
  code: string;
  name: string;
  countyName: string;
  isPovertyCounty: boolean;
  schoolType: string;
  locationClass: string;
  terrainClass: string;
  address: string | null;
  openedOn: string | null;
  closedOn: string | null;
}

/** The school list as the user filtered it. */
export const schoolListSheet = (t: TFunction, rows: SchoolListRow[]) =>
  sheet(
    t,
    'school',
    [
      ['schoolCode', 12, (r) => r.code],
      ['schoolName', 30, (r) => r.name],
      ['countyName', 12, (r) => r.countyName],
      ['isPovertyCounty', 8, (r) => t(r.isPovertyCounty ? 'common.yes' : 'common.no')],
      ['schoolType', 12, (r) => r.schoolType],
      ['locationClass', 10, (r) => r.locationClass],
      ['terrainClass', 12, (r) => r.terrainClass],
      ['address', 30, (r) => r.address],
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
