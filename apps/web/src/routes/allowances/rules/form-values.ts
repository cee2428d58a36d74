import type { Amount, EmploymentType, PostRole, Proration } from '@tongxing/domain';

/**
 * The rule editor's fields as typed, and their conversion to the API's units: 元 → 分 and % → basis
 * points happen here (the web layer), never in the API.
 */
export interface DraftValues {
  form: 'draft';
  allowanceTypeId: string;
  documentNo: string;
  documentTitle: string;
  effectiveFrom: string;
  effectiveTo: string;
  locationClasses: string[];
  employmentTypes: string[];
  inPostRequired: boolean;
  rolesRequired: string[];
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
  for (const [key, value] of form.entries()) if (key.startsWith('tier:') && String(value).trim() !== '') tierYuan[key.slice(5)] = String(value).trim();
  return {
    form: 'draft',
    allowanceTypeId: text(form, 'allowanceTypeId'),
    documentNo: text(form, 'documentNo'),
    documentTitle: text(form, 'documentTitle'),
    effectiveFrom: text(form, 'effectiveFrom'),
    effectiveTo: text(form, 'effectiveTo'),
    locationClasses,
    employmentTypes: form.getAll('employmentTypes').map(String),
    inPostRequired: form.get('inPostRequired') === 'on',
    rolesRequired: form.getAll('rolesRequired').map(String),
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

/** The API input, or the name of the field (amount / proration) that is not a number. */
export function draftInput(v: DraftValues) {
  let amount: Amount;
  if (v.amountKind === 'tier') {
    const monthlyFenByClass: Record<string, number> = {};
    for (const [cls, yuan] of Object.entries(v.tierYuan)) {
      if (!v.locationClasses.includes(cls)) continue;
      const fen = fenOf(yuan);
      if (fen === null) return { badField: 'amount' as const };
      monthlyFenByClass[cls] = fen;
    }
    amount = { kind: 'tier', monthlyFenByClass };
  } else if (v.amountKind === 'percentage') {
    const rateBasisPoints = basisPointsOf(v.ratePercent);
    if (rateBasisPoints === null) return { badField: 'amount' as const };
    amount = { kind: 'percentage', baseName: v.baseName, rateBasisPoints };
  } else {
    const monthlyFen = fenOf(v.monthlyYuan);
    if (monthlyFen === null) return { badField: 'amount' as const };
    amount = { kind: 'fixed', monthlyFen };
  }
  let proration: Proration;
  if (v.prorationKind === 'fullMonthAbove') {
    const minDays = /^\d{1,2}$/.test(v.minDays) ? Number(v.minDays) : null;
    if (minDays === null) return { badField: 'proration' as const };
    proration = { kind: 'fullMonthAbove', minDays };
  } else proration = { kind: v.prorationKind === 'none' ? 'none' : 'calendarDays' };
  const conditions: { inPostRequired: boolean; locationClasses?: string[]; employmentTypes?: EmploymentType[]; rolesRequired?: PostRole[] } = {
    inPostRequired: v.inPostRequired,
    ...(v.locationClasses.length ? { locationClasses: v.locationClasses } : {}),
    ...(v.employmentTypes.length ? { employmentTypes: v.employmentTypes as EmploymentType[] } : {}),
    ...(v.rolesRequired.length ? { rolesRequired: v.rolesRequired as PostRole[] } : {}),
  };
  return {
    input: {
      documentNo: v.documentNo,
      documentTitle: v.documentTitle,
      effectiveFrom: v.effectiveFrom,
      ...(v.effectiveTo ? { effectiveTo: v.effectiveTo } : {}),
      conditions,
      amount,
      proration,
    },
  };
}
