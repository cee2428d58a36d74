import { t } from '#lib/i18n.ts';

/** Stored values are Chinese; each list has its labels under one message section (Chinese falls back to the value). */
const labelIn = (section: string) => (value: string) => t(`${section}.${value}`, { defaultValue: value });

export const schoolTypeLabel = labelIn('school.types');
export const locationLabel = labelIn('school.locations');
export const terrainLabel = labelIn('school.terrains');
export const employmentLabel = labelIn('teacher.employmentTypes');
export const statusLabel = labelIn('teacher.statuses');
export const roleLabel = labelIn('teacher.roles');
export const subjectLabel = labelIn('teacher.subjects');
export const educationLabel = labelIn('teacher.educations');
export const titleLabel = labelIn('teacher.titles');
export const keyTeacherLabel = labelIn('teacher.keyTeacherLevels');
export const sexLabel = labelIn('teacher.sexes');
