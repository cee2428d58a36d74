import { maskIdNumber } from '@tongxing/domain';
import type { PickerOption } from './RecordPicker.svelte';

/** A school as a picker shows it: its name, its code and county. */
export const schoolOption = (s: { id: string; name: string; code: string; countyId: string; countyName: string }): PickerOption => ({
  id: s.id,
  name: s.name,
  detail: `${s.code} · ${s.countyName}`,
  countyId: s.countyId,
});

/** A teacher as a picker shows them: the name, the masked ID number and the school. */
export const teacherOption = (r: {
  id: string;
  name: string;
  idNumber: string;
  schoolId: string;
  schoolName: string;
  countyId: string;
}): PickerOption => ({
  id: r.id,
  name: r.name,
  detail: `${maskIdNumber(r.idNumber)} · ${r.schoolName}`,
  schoolId: r.schoolId,
  countyId: r.countyId,
});

/** The first page of a list as a picker's initial choices. */
export const pickerPage = <R>(page: { rows: R[]; total: number }, option: (row: R) => PickerOption) => ({
  rows: page.rows.map(option),
  total: page.total,
});
