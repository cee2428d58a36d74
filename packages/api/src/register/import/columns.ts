import { translator } from '@tongxing/domain';

export const IMPORT_KINDS = ['teacher', 'school'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A column of an import file: the field it fills and its key under `import.columns`. */
export interface Column {
  field: string;
  key: string;
  required: boolean;
}

const column = (field: string, required: boolean, key = field): Column => ({ field, key, required });

export const COLUMNS: Record<ImportKind, Column[]> = {
  teacher: [
    column('idNumber', true),
    column('name', true, 'teacherName'),
    column('phone', false),
    column('education', false),
    column('title', false),
    column('bankCard', false),
    column('schoolCode', true),
    column('startDate', true),
    column('employmentType', true),
    column('status', false),
    column('roles', false),
  ],
  school: [
    column('code', true, 'schoolCode'),
    column('name', true, 'schoolName'),
    column('countyCode', true),
    column('schoolType', true),
    column('locationClass', true),
    column('terrainClass', true),
    column('address', false),
  ],
};

/**
 * The header of a column in the file. Files are exchanged between offices, so the format is the
 * Chinese one whatever language the user reads the site in.
 */
export function header(c: Column): string {
  return translator('zh')(`import.columns.${c.key}`);
}

/** The template's example row (row 2); a row left exactly like it is not data. */
export const EXAMPLE: Record<ImportKind, Record<string, string>> = {
  teacher: {
    idNumber: '11010519491231002X',
    name: '张三',
    phone: '13800138000',
    education: '本科',
    title: '一级教师',
    bankCard: '6222020200112233445',
    schoolCode: 'S0001',
    startDate: '2020-09-01',
    employmentType: '在编',
    status: '在岗',
    roles: '班主任,教研组长',
  },
  school: {
    code: 'S0001',
    name: '示例县第一小学',
    countyCode: '000000',
    schoolType: '小学',
    locationClass: '乡镇',
    terrainClass: '农村川区',
    address: '示例县示例镇',
  },
};

/** Most rows one import takes: a large city's whole teacher register, with room to spare. Empty rows count. */
export const MAX_ROWS = 50_000;

/**
 * The bounds of one import, whatever the file holds (docs/ARCHITECTURE.md, "Excel import"). 50,000 full
 * teacher rows expand to about 40 MB of sheet XML; the worker that reads them stays under 300 MB.
 */
export const IMPORT_LIMITS = {
  /** What the workbook's zip may declare it expands to. */
  unzippedBytes: 200 * 1024 * 1024,
  /** The reading worker's heap: a file that lies about its size stops there, not in the server. */
  workerHeapMb: 512,
  /** How long reading one workbook may take. */
  readMs: 120_000,
};
