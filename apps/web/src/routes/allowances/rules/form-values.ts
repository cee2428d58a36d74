import type { Amount, Conditions, EmploymentType, KeyTeacherLevel, PostRole, Proration, SchoolType } from '@tongxing/domain';

/**
 * The rule editor's fields as typed, and their conversion to the API's units: 元 → 分 and % → basis
 * points happen here (the web layer), never in the API.
 */
export interface DraftValues {
  form: 'draft';
  /** Set when an existing draft is being edited (the updateDraft action). */
  ruleVersionId: string;
  allowanceTypeId: string;
  documentNo: string;
  documentTitle: string;
  effectiveFrom: string;
  effectiveTo: string;
  locationClasses: string[];
  schoolTypes: string[];
  countyIds: string[];
  employmentTypes: string[];
  inPostRequired: boolean;
  rolesRequired: string[];
  keyTeacherLevels: string[];
  amountKind: string;
  monthlyYuan: string;
  tierYuan: Record<string, string>;
  baseName: string;
  ratePercent: string;
  prorationKind: string;
  minDays: string;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export function draftValues(form: FormData): DraftValues {
  const locationClasses = form.getAll('locationClasses').map(String);
  const tierYuan: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (key.startsWith('tier:') && String(value).trim() !== '') tierYuan[key.slice(5)] = String(value).trim();
  return {
    form: 'draft',
    ruleVersionId: text(form, 'ruleVersionId'),
    allowanceTypeId: text(form, 'allowanceTypeId'),
    documentNo: text(form, 'documentNo'),
    documentTitle: text(form, 'documentTitle'),
    effectiveFrom: text(form, 'effectiveFrom'),
    effectiveTo: text(form, 'effectiveTo'),
    locationClasses,
    schoolTypes: form.getAll('schoolTypes').map(String),
    countyIds: form.getAll('countyIds').map(String),
    employmentTypes: form.getAll('employmentTypes').map(String),
    inPostRequired: form.get('inPostRequired') === 'on',
    rolesRequired: form.getAll('rolesRequired').map(String),
    keyTeacherLevels: form.getAll('keyTeacherLevels').map(String),
    amountKind: text(form, 'amountKind') || 'fixed',
    monthlyYuan: text(form, 'monthlyYuan'),
    tierYuan,
    baseName: text(form, 'baseName'),
    ratePercent: text(form, 'ratePercent'),
    prorationKind: text(form, 'prorationKind') || 'calendarDays',
    minDays: text(form, 'minDays'),
  };
}

/** 元 with at most two decimals → 分 (exactly, without floating point); null when not a number. */
export function fenOf(yuan: string): number | null {
  const m = /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/.exec(yuan.replace(/[,，\s]/g, ''));
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** A percentage with at most two decimals → basis points (10% → 1000); null when not a number. */
export function basisPointsOf(percent: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.replace(/[%\s]/g, ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/** A field typed in a format the form cannot convert: the editor field it belongs to and the problem (see describeError). */
export interface FormatProblem {
  field: 'amount' | 'proration' | 'annualFen';
  key: 'yuan_format' | 'percent_format' | 'days_format';
  /** The tier (location class, numbered as listed) whose amount it is. */
  place?: { tier: string; tierNo: number };
  /** The input's own name, for the message beside it. */
  input: string;
}

/** The API input, or the first field that is not in a format the form can convert. */
export function draftInput(
  v: DraftValues,
): { input: ReturnType<typeof apiInput>; problem?: undefined } | { input?: undefined; problem: FormatProblem } {
  let amount: Amount;
  if (v.amountKind === 'tier') {
    const monthlyFenByClass: Record<string, number> = {};
    for (const [i, cls] of v.locationClasses.entries()) {
      const yuan = v.tierYuan[cls];
      if (yuan === undefined) continue;
      const fen = fenOf(yuan);
      if (fen === null)
        return { problem: { field: 'amount', key: 'yuan_format', place: { tier: cls, tierNo: i + 1 }, input: `tier:${cls}` } };
      monthlyFenByClass[cls] = fen;
    }
    amount = { kind: 'tier', monthlyFenByClass };
  } else if (v.amountKind === 'percentage') {
    const rateBasisPoints = basisPointsOf(v.ratePercent);
    if (rateBasisPoints === null) return { problem: { field: 'amount', key: 'percent_format', input: 'ratePercent' } };
    amount = { kind: 'percentage', baseName: v.baseName, rateBasisPoints };
  } else {
    const monthlyFen = fenOf(v.monthlyYuan);
    if (monthlyFen === null) return { problem: { field: 'amount', key: 'yuan_format', input: 'monthlyYuan' } };
    amount = { kind: 'fixed', monthlyFen };
  }
  let proration: Proration;
  if (v.prorationKind === 'fullMonthAbove') {
    const minDays = /^\d{1,2}$/.test(v.minDays) ? Number(v.minDays) : null;
    if (minDays === null) return { problem: { field: 'proration', key: 'days_format', input: 'minDays' } };
    proration = { kind: 'fullMonthAbove', minDays };
  } else proration = { kind: v.prorationKind === 'none' ? 'none' : 'calendarDays' };
  return { input: apiInput(v, amount, proration) };
}

function apiInput(v: DraftValues, amount: Amount, proration: Proration) {
  const conditions: {
    inPostRequired: boolean;
    locationClasses?: string[];
    schoolTypes?: SchoolType[];
    countyIds?: string[];
    employmentTypes?: EmploymentType[];
    rolesRequired?: PostRole[];
    keyTeacherLevels?: KeyTeacherLevel[];
  } = {
    inPostRequired: v.inPostRequired,
    ...(v.locationClasses.length ? { locationClasses: v.locationClasses } : {}),
    ...(v.schoolTypes.length ? { schoolTypes: v.schoolTypes as SchoolType[] } : {}),
    ...(v.countyIds.length ? { countyIds: v.countyIds } : {}),
    ...(v.keyTeacherLevels.length ? { keyTeacherLevels: v.keyTeacherLevels as KeyTeacherLevel[] } : {}),
    ...(v.employmentTypes.length ? { employmentTypes: v.employmentTypes as EmploymentType[] } : {}),
    ...(v.rolesRequired.length ? { rolesRequired: v.rolesRequired as PostRole[] } : {}),
  };
  return {
    documentNo: v.documentNo,
    documentTitle: v.documentTitle,
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo ? { effectiveTo: v.effectiveTo } : {}),
    conditions,
    amount,
    proration,
  };
}

/** 分 → 元 as typed (300 or 333.33), the inverse of fenOf. */
const yuanText = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** An existing draft as the editor's fields, so the same form opens pre-filled. */
export function valuesOfVersion(v: {
  id: string;
  allowanceTypeId: string;
  documentNo: string;
  documentTitle: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  conditions: Conditions;
  amount: Amount;
  proration: Proration;
}): DraftValues {
  const c = v.conditions;
  return {
    form: 'draft',
    ruleVersionId: v.id,
    allowanceTypeId: v.allowanceTypeId,
    documentNo: v.documentNo,
    documentTitle: v.documentTitle,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? '',
    locationClasses: c.locationClasses ?? [],
    schoolTypes: c.schoolTypes ?? [],
    countyIds: c.countyIds ?? [],
    employmentTypes: c.employmentTypes ?? [],
    inPostRequired: c.inPostRequired,
    rolesRequired: c.rolesRequired ?? [],
    keyTeacherLevels: c.keyTeacherLevels ?? [],
    amountKind: v.amount.kind,
    monthlyYuan: v.amount.kind === 'fixed' ? yuanText(v.amount.monthlyFen) : '',
    tierYuan:
      v.amount.kind === 'tier'
        ? Object.fromEntries(Object.entries(v.amount.monthlyFenByClass).map(([cls, fen]) => [cls, yuanText(fen)]))
        : {},
    baseName: v.amount.kind === 'percentage' ? v.amount.baseName : '',
    ratePercent: v.amount.kind === 'percentage' ? String(v.amount.rateBasisPoints / 100) : '',
    prorationKind: v.proration.kind,
    minDays: v.proration.kind === 'fullMonthAbove' ? String(v.proration.minDays) : '',
  };
}
