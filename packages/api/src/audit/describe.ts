import { formatYuan, maskIdNumber, type TFunction } from '@tongxing/domain';
import { localDateTime } from './local-time';

/**
 * Turns one audit event into a sentence about named things ("管理员 批准了 洮北区 2026-10 发放表"),
 * with the fields it changed, in the reader's language. Pure: the names of the records the event
 * refers to are looked up beforehand, for a whole page at once (`./named.ts`).
 */

/** The tables whose writes the `tongxing_audit_row()` trigger records (see drizzle/*.sql). */
export const AUDITED_TABLES = [
  'tenant',
  'county',
  'school',
  'teacher',
  'app_user',
  'location_class',
  'post',
  'post_request',
  'import_job',
  'allowance_type',
  'allowance_rule_version',
  'wage_base',
  'allowance_sheet',
  'training_level',
  'training_programme',
  'training_cohort',
  'training_quota',
  'training_enrolment',
  'training_cycle',
  'training_provider',
  'training_session',
  'training_attendance',
  'training_hours_claim',
  'pairing_pair',
  'pairing_activity',
  'pairing_receipt',
  'pairing_settings',
  'rotation_policy',
  'rotation_exemption',
  'rotation_need',
  'rotation_plan',
  'rotation_move',
  'inspection_visit',
  'inspection_site',
  'inspection_problem',
  'inspection_rectification',
  'roster_check',
  'roster_difference',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];

/** What an audit row's `action` may be: the trigger's three, and what `packages/auth` writes. */
export const AUDIT_ACTIONS = ['insert', 'update', 'delete', 'login_succeeded', 'login_failed', 'logout'] as const;

/** Columns left out of what a write changed: the trigger omits some, every write touches the rest. */
export const UNDESCRIBED_COLUMNS: ReadonlySet<string> = new Set([
  'tenant_id',
  'id',
  'created_at',
  'updated_at',
  'password_hash',
  'payload',
  'errors',
]);

export interface AuditFacts {
  action: string;
  entity: string;
  entityId: string | null;
  actorUserId: string | null;
  /** The actor's display name, when the actor is an account of this city. */
  actorName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** One changed field; an insert has no `before`, a delete no `after`. */
export interface AuditChange {
  field: string;
  before?: string;
  after?: string;
}

export interface AuditSentence {
  text: string;
  /** The changed fields the sentence does not already say. */
  changes: AuditChange[];
}

/** Record ids → names (people's names, schools, counties, accounts' display names, allowance types). */
export type Names = ReadonlyMap<string, string>;

type Row = Record<string, unknown>;

/** Columns holding one of a listed set of values, and the message section of their labels. */
const VALUE_LABELS: Record<string, string> = {
  status: 'teacher.statuses',
  employment_type: 'teacher.employmentTypes',
  roles: 'teacher.roles',
  subjects: 'teacher.subjects',
  education: 'teacher.educations',
  title: 'teacher.titles',
  key_teacher_level: 'teacher.keyTeacherLevels',
  sex: 'teacher.sexes',
  school_type: 'school.types',
  location_class: 'school.locations',
  terrain_class: 'school.terrains',
  role: 'role',
  'allowance_sheet.state': 'allowance.sheets.states',
  'post_request.state': 'request.states',
  'allowance_rule_version.state': 'allowance.states',
  'import_job.status': 'import.statuses',
  'import_job.kind': 'import.kinds',
  'training_enrolment.state': 'training.state',
  'training_enrolment.waitlisted_for': 'training.state',
  'training_enrolment.origin': 'training.origin',
  'training_enrolment.result': 'training.result',
  'training_cycle.joiners': 'training.joiners',
  'training_hours_claim.state': 'training.claims.states',
  'pairing_pair.kind': 'pairing.kinds',
  'pairing_receipt.state': 'pairing.receiptStates',
  'rotation_plan.state': 'rotation.planStates',
  'rotation_move.sending_state': 'rotation.answers',
  'rotation_move.receiving_state': 'rotation.answers',
  'rotation_need.term': 'rotation.terms',
  'inspection_problem.state': 'inspection.states',
  'inspection_problem.record_kind': 'inspection.recordKinds',
  'inspection_rectification.decision': 'inspection.decisions',
  'roster_difference.kind': 'inspection.reconciliation.kinds',
  'roster_difference.resolution': 'inspection.reconciliation.resolutions',
};

/** Columns whose value is a structure (a rule's conditions, amounts, proration): named as changed, not spelled out. */
const STRUCTURED = new Set([
  'conditions',
  'amount',
  'proration',
  'target',
  'targets',
  'goods',
  'completion_rule',
  'min_hours_by_level',
  'credits',
]);

const asRow = (value: unknown): Row | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const isReference = (column: string) => column.endsWith('_id') || column.endsWith('_by');
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The ids an event refers to, whose names the describer needs. */
export function referencedIds(event: Pick<AuditFacts, 'before' | 'after'>): string[] {
  const ids: string[] = [];
  for (const row of [asRow(event.before), asRow(event.after)]) {
    for (const [column, value] of Object.entries(row ?? {})) {
      if (column !== 'tenant_id' && column !== 'id' && isReference(column) && typeof value === 'string') ids.push(value);
    }
  }
  return ids;
}

/** A full ID number is masked as on the public notice (公示); a bank card shows its last 4 digits, a phone its first 3 and last 4. */
export function maskedValue(column: string, value: string): string {
  if (column === 'id_number') return maskIdNumber(value);
  if (column === 'bank_card') return value.length > 4 ? `****${value.slice(-4)}` : value;
  if (column === 'phone') return value.length >= 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : value;
  return value;
}

/** The label of a column of a table in the user's language; a column nobody labelled shows as itself. */
export function columnLabel(t: TFunction, table: string, column: string): string {
  return t(`auditLog.columns.${table}.${column}`, { defaultValue: column });
}

export function describeEvent(event: AuditFacts, names: Names, t: TFunction): AuditSentence {
  const table = event.entity;
  const before = asRow(event.before);
  const after = asRow(event.after);
  const row = after ?? before ?? {};
  const actor = event.actorName ?? t(event.actorUserId ? 'role.operator' : 'audit.system');
  const ip = event.ip ?? '—';
  const nameOf = (id: unknown) => (typeof id === 'string' && names.get(id)) || t('auditLog.unnamed');
  const value = (column: string, v: unknown): string => formatValue(t, table, column, v, nameOf);
  const record = recordName(t, table, row, event.entityId, nameOf);
  const changes = changesOf(before, after).map(({ field, ...sides }) => ({
    field: columnLabel(t, table, field),
    ...('before' in sides ? { before: value(field, sides.before) } : {}),
    ...('after' in sides ? { after: value(field, sides.after) } : {}),
    column: field,
  }));
  const without = (...columns: string[]) => changes.filter((c) => !columns.includes(c.column)).map(({ column: _, ...c }) => c);
  const say = (key: string, params: Record<string, string> = {}, ...implied: string[]): AuditSentence => ({
    text: t(`auditLog.sentences.${key}`, { actor, record, ip, ...params }),
    changes: without(...implied),
  });

  switch (event.action) {
    case 'login_succeeded':
      return say('loginSucceeded');
    case 'login_failed':
      return say('loginFailed', { username: str(after?.username) || t('auditLog.unnamed') }, ...Object.keys(after ?? {}));
    case 'logout':
      return say('logout');
    case 'insert':
      if (table === 'allowance_sheet') return say('sheetCreated', {}, ...Object.keys(row));
      if (table === 'post')
        return say('postStarted', { date: value('start_date', row.start_date) }, 'teacher_id', 'school_id', 'start_date');
      if (table === 'post_request') return say('requestFiled', {}, 'teacher_id', 'state', 'requested_by');
      return say('created', { kind: t(`auditLog.kinds.${table}`, { defaultValue: table }) });
    case 'delete':
      return say('deleted', { kind: t(`auditLog.kinds.${table}`, { defaultValue: table }) });
    case 'update':
      return describeUpdate(t, event, before ?? {}, after ?? {}, changes.length, say, value);
    default:
      return say('other', { action: event.action, kind: t(`auditLog.kinds.${table}`, { defaultValue: table }) });
  }
}

type Say = (key: string, params?: Record<string, string>, ...implied: string[]) => AuditSentence;

function describeUpdate(
  t: TFunction,
  event: AuditFacts,
  before: Row,
  after: Row,
  changeCount: number,
  say: Say,
  value: (column: string, v: unknown) => string,
): AuditSentence {
  const table = event.entity;
  const moved = (column: string) => JSON.stringify(before[column]) !== JSON.stringify(after[column]);
  const DECISION = ['state', 'decided_by', 'decided_at', 'submitted_by', 'submitted_at', 'comment', 'decision_comment'];

  if (table === 'allowance_sheet' && moved('state')) {
    const comment = str(after.comment) || '—';
    if (after.state === 'submitted') return say('sheetSubmitted', {}, ...DECISION);
    if (after.state === 'approved') return say('sheetApproved', {}, ...DECISION);
    if (after.state === 'returned') return say('sheetReturned', { comment }, ...DECISION);
  }
  if (table === 'allowance_sheet' && moved('computed_at')) return say('sheetComputed', {}, 'computed_at');
  if (table === 'post_request' && moved('state')) {
    const comment = str(after.decision_comment) || '—';
    if (after.state === 'approved') return say('requestApproved', { comment }, ...DECISION);
    if (after.state === 'rejected') return say('requestRejected', { comment }, ...DECISION);
  }
  if (table === 'allowance_rule_version' && moved('state') && after.state === 'published') {
    return say('rulePublished', {}, 'state', 'published_by', 'published_at');
  }
  if (table === 'app_user' && moved('password_changed_at')) {
    const own = event.actorUserId !== null && event.actorUserId === event.entityId;
    return say(own ? 'passwordChanged' : 'passwordReset', {}, 'password_changed_at', 'must_change_password');
  }
  if ((table === 'app_user' || table === 'tenant') && moved('disabled_at')) {
    const kind = table === 'tenant' ? 'City' : 'Account';
    return say(after.disabled_at ? `disabled${kind}` : `enabled${kind}`, {}, 'disabled_at');
  }
  if (table === 'post' && moved('end_date') && before.end_date == null) {
    return say('postEnded', { date: value('end_date', after.end_date) }, 'end_date');
  }
  if (changeCount === 0) return say('savedUnchanged');
  if (changeCount > 1) return say('changedMany', { count: String(changeCount) });
  const [column] = Object.keys({ ...before, ...after }).filter((c) => !UNDESCRIBED_COLUMNS.has(c) && moved(c));
  const field = columnLabel(t, table, column!);
  return say('changedOne', { field, from: value(column!, before[column!]), to: value(column!, after[column!]) }, column!);
}

/** The fields a write changed: an update those whose value differs; an insert or a delete those that hold a value. */
export function changesOf(before: Row | null, after: Row | null): { field: string; before?: unknown; after?: unknown }[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => !UNDESCRIBED_COLUMNS.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .filter((key) => (before && after) || !isEmpty((after ?? before)?.[key]))
    .map((key) => ({
      field: key,
      ...(before ? { before: before[key] ?? null } : {}),
      ...(after ? { after: after[key] ?? null } : {}),
    }));
}

function formatValue(t: TFunction, table: string, column: string, value: unknown, nameOf: (id: unknown) => string): string {
  if (isEmpty(value)) return '—';
  if (STRUCTURED.has(column) && typeof value === 'object') return t('auditLog.structured');
  if (Array.isArray(value)) return value.map((v) => formatValue(t, table, column, v, nameOf)).join('、');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return column.endsWith('_fen') ? t('auditLog.yuan', { amount: formatYuan(value) }) : String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (isReference(column)) return nameOf(value);
  const section = VALUE_LABELS[`${table}.${column}`] ?? VALUE_LABELS[column];
  if (section) return t(`${section}.${value}`, { defaultValue: value });
  if (ISO_TIMESTAMP.test(value)) return localDateTime(new Date(value));
  return maskedValue(column, value);
}

/** How the record an event is about is called, e.g. for the page's "record" filter. */
export function recordOf(event: Pick<AuditFacts, 'entity' | 'entityId' | 'before' | 'after'>, names: Names, t: TFunction): string {
  const nameOf = (id: unknown) => (typeof id === 'string' && names.get(id)) || t('auditLog.unnamed');
  return recordName(t, event.entity, asRow(event.after) ?? asRow(event.before) ?? {}, event.entityId, nameOf);
}

/** How the record an event is about is called: its name, or what identifies it (a sheet by county and month). */
function recordName(t: TFunction, table: string, row: Row, entityId: string | null, nameOf: (id: unknown) => string): string {
  switch (table) {
    case 'tenant':
    case 'county':
    case 'school':
    case 'teacher':
    case 'location_class':
    case 'allowance_type':
    case 'training_level':
    case 'training_programme':
    case 'training_cohort':
    case 'training_provider':
    case 'pairing_pair':
      return str(row.name) || nameOf(entityId);
    case 'training_session':
      return t('auditLog.records.session', { cohort: nameOf(row.cohort_id), date: str(row.session_date), name: str(row.name) });
    case 'training_attendance':
      return t('auditLog.records.attendance', { session: nameOf(row.session_id), enrolment: nameOf(row.enrolment_id) });
    case 'training_quota':
      return t('auditLog.records.quota', { cohort: nameOf(row.cohort_id), county: nameOf(row.county_id) });
    case 'training_enrolment':
      return t('auditLog.records.enrolment', { teacher: nameOf(row.teacher_id), cohort: nameOf(row.cohort_id) });
    case 'pairing_activity':
      return t('auditLog.records.activity', { kind: str(row.kind), date: str(row.start_date) });
    case 'pairing_receipt':
      return t('auditLog.records.receipt', { school: nameOf(row.school_id) });
    case 'pairing_settings':
      return t('auditLog.records.pairingSettings');
    case 'rotation_policy':
      return t('auditLog.records.rotationPolicy', { year: str(row.year) });
    case 'rotation_exemption':
      return t('auditLog.records.rotationExemption', { teacher: nameOf(row.teacher_id) });
    case 'rotation_need':
      return t('auditLog.records.rotationNeed', { school: nameOf(row.school_id), subject: str(row.subject) });
    case 'rotation_plan':
      return t('auditLog.records.rotationPlan', { county: nameOf(row.county_id), year: str(row.year) });
    case 'rotation_move':
      return t('auditLog.records.rotationMove', { teacher: nameOf(row.teacher_id), form: str(row.form) });
    case 'inspection_visit':
      return t('auditLog.records.inspectionVisit', { date: str(row.visited_on), title: str(row.title) });
    case 'inspection_site':
      return t('auditLog.records.inspectionSite', {
        county: nameOf(row.county_id),
        school: row.school_id ? ` ${nameOf(row.school_id)}` : '',
      });
    case 'inspection_problem':
      return t('auditLog.records.inspectionProblem', { description: str(row.description) });
    case 'inspection_rectification':
      return t('auditLog.records.inspectionRectification');
    case 'roster_check':
      return t('auditLog.records.rosterCheck', { title: str(row.title) });
    case 'roster_difference':
      return t('auditLog.records.rosterDifference', { name: str(row.name) });
    case 'training_hours_claim':
      return t('auditLog.records.claim', { teacher: nameOf(row.teacher_id), title: str(row.title) });
    case 'training_cycle':
      return t('auditLog.records.cycle', { from: str(row.start_date), to: str(row.end_date) });
    case 'app_user':
      return str(row.username) || nameOf(entityId);
    case 'wage_base':
      return t('auditLog.records.wageBase', { name: str(row.name), year: str(row.year) });
    case 'post':
      return t('auditLog.records.post', { teacher: nameOf(row.teacher_id), school: nameOf(row.school_id) });
    case 'post_request':
      return t('auditLog.records.postRequest', { teacher: nameOf(row.teacher_id) });
    case 'allowance_sheet':
      return t('auditLog.records.sheet', { county: nameOf(row.county_id), month: str(row.month) });
    case 'allowance_rule_version':
      return t('auditLog.records.ruleVersion', { type: nameOf(row.allowance_type_id), from: str(row.effective_from) });
    case 'import_job':
      return t('auditLog.records.importJob', { file: str(row.file_name) });
    default:
      return entityId ?? table;
  }
}
