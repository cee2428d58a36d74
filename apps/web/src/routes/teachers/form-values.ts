import type { EducationLevel, EmploymentType, KeyTeacherLevel, PostRole, PostStatus, SUBJECTS, Title } from '@tongxing/domain';

type Subject = (typeof SUBJECTS)[number];

/** What a teacher form sent, as typed (re-shown when the API refuses it). */
export interface PersonValues {
  name: string;
  phone: string;
  bankCard: string;
  education: string;
  title: string;
  titleDate: string;
  keyTeacherLevel: string;
  subjects: string[];
}

export const textOf = (form: FormData) => (key: string) => String(form.get(key) ?? '').trim();
export const listOf = (form: FormData) => (key: string) => form.getAll(key).map(String);

export function personValues(form: FormData): PersonValues {
  const text = textOf(form);
  return {
    name: text('name'),
    phone: text('phone'),
    bankCard: text('bankCard').replace(/\s+/g, ''),
    education: text('education'),
    title: text('title'),
    titleDate: text('titleDate'),
    keyTeacherLevel: text('keyTeacherLevel'),
    subjects: listOf(form)('subjects'),
  };
}

/** The API input for the person's fields: empty means "none"; the API validates every choice. */
export function personInput(values: PersonValues) {
  return {
    name: values.name,
    phone: values.phone || undefined,
    bankCard: values.bankCard || undefined,
    education: (values.education || undefined) as EducationLevel | undefined,
    title: (values.title || undefined) as Title | undefined,
    titleDate: values.titleDate || undefined,
    keyTeacherLevel: (values.keyTeacherLevel || undefined) as KeyTeacherLevel | undefined,
    subjects: values.subjects as Subject[],
  };
}

export const asEmployment = (value: string) => value as EmploymentType;
export const asStatus = (value: string) => (value || undefined) as PostStatus | undefined;
export const asRoles = (values: string[]) => values as PostRole[];
