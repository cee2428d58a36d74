import { translator } from '@tongxing/domain';

/**
 * The register's schools and teachers, completed training from the national and provincial platforms
 * (the hours ledger), and an external roster to compare with the register (核查; it writes a check, not records).
 */
export const IMPORT_KINDS = ['teacher', 'school', 'hours', 'roster'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** The kinds the register's import page offers: those that write records. */
export const RECORD_IMPORT_KINDS = IMPORT_KINDS.filter((kind) => kind !== 'roster');

/**
 * A column of an import file: the field it fills and its header's message, `key` under `section`
 * (`import.columns` for the register's columns, which the exports share; `training.import.columns`
 * for the ledger's own).
 */
export interface Column {
  field: string;
  key: string;
  required: boolean;
  section: string;
}

const column = (field: string, required: boolean, key = field, section = 'import.columns'): Column => ({ field, key, required, section });
const ledgerColumn = (field: string) => column(field, true, field, 'training.import.columns');
const rosterColumn = (field: string) => column(field, true, field, 'inspection.reconciliation.columns');

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
  hours: [
    ledgerColumn('certificateNo'),
    column('idNumber', true),
    column('name', true, 'teacherName'),
    ledgerColumn('title'),
    ledgerColumn('level'),
    ledgerColumn('hours'),
    ledgerColumn('completedOn'),
  ],
  roster: [column('idNumber', true), column('name', true, 'teacherName'), rosterColumn('unit')],
};

/**
 * The header of a column in the file. Files are exchanged between offices, so the format is the
 * Chinese one whatever language the user reads the site in.
 */
export function header(c: Column): string {
  return translator('zh')(`${c.section}.${c.key}`);
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
  hours: {
    certificateNo: 'GP2025-000001',
    idNumber: '11010519491231002X',
    name: '张三',
    title: '国培计划——乡村教师信息技术应用能力提升',
    level: '国培',
    hours: '50',
    completedOn: '2025-07-15',
  },
  roster: { idNumber: '11010519491231002X', name: '张三', unit: 'S0001' },
};

/** Most rows one register import takes: a large city's whole teacher register, with room to spare. Empty rows count. */
export const MAX_ROWS = 50_000;

/**
 * Most rows one import of a kind takes. An hours file is a platform's export of a city's completed
 * training (several records per teacher): twice the register's bound, in rows of seven short cells.
 */
export const MAX_ROWS_OF: Record<ImportKind, number> = { teacher: MAX_ROWS, school: MAX_ROWS, hours: 100_000, roster: MAX_ROWS };

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
