import { checkCharacter } from '@tongxing/domain';
import type { Caller } from './callers';

/** A valid ID number of a man (odd sequence digit) or a woman (even) born on `birthDate`, the `sequence`th of the day. */
export function idNumberOf(birthDate: string, sex: '男' | '女', sequence: number): string {
  const seq = sex === '男' ? sequence * 2 - 1 : sequence * 2;
  const first17 = `220802${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** 一县城关小学 (县城) in county 1 of a test city: the sending school of the rotation tests. Its id. */
export async function townSchool(admin: Caller, countyId: string, extra: { latitude?: number; longitude?: number } = {}): Promise<string> {
  const school = await admin.school.create({
    countyId,
    code: 'T1',
    name: '一县城关小学',
    schoolType: '小学',
    locationClass: '县城',
    terrainClass: '县城/城郊',
    ...extra,
  });
  return school.id;
}
