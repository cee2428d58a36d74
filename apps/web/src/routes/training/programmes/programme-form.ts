import type { TargetGroup, TargetRole, TrainingForm } from '@tongxing/domain';

/** The programme form's fields as typed (create and edit); the target group's checkboxes as lists. */
export interface ProgrammeValues {
  name: string;
  level: string;
  form: string;
  /** Creating only: '' for a programme of the city. */
  countyId: string;
  provider: string;
  /** The provider whose accounts take the roll: '' for none. */
  providerId: string;
  partner: string;
  funding: string;
  documentNo: string;
  description: string;
  schoolTypes: string[];
  locationClasses: string[];
  countyIds: string[];
  subjects: string[];
  roles: string[];
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();
/** A number as typed; blank is no number (the API then says it must be one) rather than 0. */
export const numberOf = (value: string) => (value === '' ? Number.NaN : Number(value));
const all = (form: FormData, key: string) => form.getAll(key).map(String);

export function programmeValues(form: FormData): ProgrammeValues {
  return {
    name: text(form, 'name'),
    level: text(form, 'level'),
    form: text(form, 'form'),
    countyId: text(form, 'countyId'),
    provider: text(form, 'provider'),
    providerId: text(form, 'providerId'),
    partner: text(form, 'partner'),
    funding: text(form, 'funding'),
    documentNo: text(form, 'documentNo'),
    description: text(form, 'description'),
    schoolTypes: all(form, 'schoolTypes'),
    locationClasses: all(form, 'locationClasses'),
    countyIds: all(form, 'countyIds'),
    subjects: all(form, 'subjects'),
    roles: all(form, 'roles'),
  };
}

/** The fields programme.create and programme.update share; the API checks every choice (an unknown one is a field error). */
export function programmeFields(v: ProgrammeValues) {
  return {
    name: v.name,
    level: v.level,
    form: v.form as TrainingForm,
    // Blank optional texts are stored as none (the API turns '' into null).
    provider: v.provider,
    providerId: v.providerId || undefined,
    partner: v.partner,
    funding: v.funding,
    documentNo: v.documentNo,
    description: v.description,
    target: {
      schoolTypes: v.schoolTypes,
      locationClasses: v.locationClasses,
      countyIds: v.countyIds,
      subjects: v.subjects,
      roles: v.roles as TargetRole[],
    },
  };
}

/** A stored programme as the form's fields, so the edit form opens pre-filled. */
export function valuesOfProgramme(p: {
  name: string;
  level: string;
  form: string;
  countyId: string | null;
  provider: string | null;
  providerId: string | null;
  partner: string | null;
  funding: string | null;
  documentNo: string | null;
  description: string | null;
  target: TargetGroup;
}): ProgrammeValues {
  return {
    name: p.name,
    level: p.level,
    form: p.form,
    countyId: p.countyId ?? '',
    provider: p.provider ?? '',
    providerId: p.providerId ?? '',
    partner: p.partner ?? '',
    funding: p.funding ?? '',
    documentNo: p.documentNo ?? '',
    description: p.description ?? '',
    schoolTypes: p.target.schoolTypes,
    locationClasses: p.target.locationClasses,
    countyIds: p.target.countyIds,
    subjects: p.target.subjects,
    roles: p.target.roles,
  };
}
