import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { asc } from 'drizzle-orm';
import { visible } from '../../scope';

/**
 * What a template's list of allowed values needs from the register: the user's counties and schools,
 * the city's location classes and training levels.
 */
export async function templateValues(tx: Transaction, user: SessionUser) {
  const { county, school, locationClass, trainingLevel } = schema;
  const [counties, schools, locationClasses, levels] = await Promise.all([
    tx.select({ code: county.code, name: county.name }).from(county).where(visible.counties(user)).orderBy(asc(county.code)),
    tx.select({ code: school.code, name: school.name }).from(school).where(visible.schools(user)).orderBy(asc(school.code)),
    tx.select({ name: locationClass.name }).from(locationClass).orderBy(asc(locationClass.sortOrder), asc(locationClass.name)),
    tx.select({ name: trainingLevel.name }).from(trainingLevel).orderBy(asc(trainingLevel.sortOrder), asc(trainingLevel.name)),
  ]);
  return { counties, schools, locationClasses: locationClasses.map((l) => l.name), levels: levels.map((l) => l.name) };
}
