import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  POST_ROLES,
  POST_STATUSES,
  SCHOOL_TYPES,
  TERRAIN_CLASSES,
  TITLES,
  translator,
} from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { COLUMNS, EXAMPLE, header, type ImportKind } from '../import/columns';

/** The register's part of the allowed values: what the user may name by code, the city's location classes and training levels. */
export interface TemplateValues {
  counties: { code: string; name: string }[];
  schools: { code: string; name: string }[];
  locationClasses: string[];
  levels: string[];
}

/** The lists of the `可选值` sheet, side by side: a header, then one value per row. */
function allowedValues(kind: ImportKind, values: TemplateValues): [string, string[]][] {
  const zh = translator('zh');
  const h = (key: string) => zh(`import.columns.${key}`);
  if (kind === 'hours') return [[header(COLUMNS.hours.find((c) => c.field === 'level')!), values.levels]];
  if (kind === 'roster')
    return [
      [h('schoolCode'), values.schools.map((s) => s.code)],
      [h('schoolName'), values.schools.map((s) => s.name)],
    ];
  if (kind === 'teacher') {
    return [
      [h('schoolCode'), values.schools.map((s) => s.code)],
      [h('schoolName'), values.schools.map((s) => s.name)],
      [h('education'), [...EDUCATION_LEVELS]],
      [h('title'), [...TITLES]],
      [h('employmentType'), [...EMPLOYMENT_TYPES]],
      [h('status'), [...POST_STATUSES]],
      [h('roles'), [...POST_ROLES]],
    ];
  }
  return [
    [h('countyCode'), values.counties.map((c) => c.code)],
    [h('countyName'), values.counties.map((c) => c.name)],
    [h('schoolType'), [...SCHOOL_TYPES]],
    [h('locationClass'), values.locationClasses],
    [h('terrainClass'), [...TERRAIN_CLASSES]],
  ];
}

/**
 * The import template of a kind: the header row, the example row (left untouched it is skipped), every
 * column formatted as text so ID numbers, codes and dates stay as typed, and a second sheet listing the
 * allowed values. Sheet names and headers are Chinese: the file format is one for every user.
 */
export async function templateWorkbook(kind: ImportKind, values: TemplateValues): Promise<Uint8Array<ArrayBuffer>> {
  const zh = translator('zh');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(zh(`import.sheets.${kind}`), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS[kind].map((c) => ({ header: header(c), width: c.field === 'idNumber' ? 22 : 16, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  const example = sheet.addRow(COLUMNS[kind].map((c) => EXAMPLE[kind][c.field]));
  example.font = { italic: true, color: { argb: 'FF808080' } };
  example.getCell(1).note = zh('import.exampleNote');

  const lists = book.addWorksheet(zh('import.sheets.values'));
  const columns = allowedValues(kind, values);
  lists.columns = columns.map(([title]) => ({ header: title, width: 16, style: { numFmt: '@' } }));
  lists.getRow(1).font = { bold: true };
  const longest = Math.max(...columns.map(([, list]) => list.length));
  for (let i = 0; i < longest; i++) lists.addRow(columns.map(([, list]) => list[i] ?? null));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
