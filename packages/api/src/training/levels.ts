import { schema, type Transaction } from '@tongxing/db';
import { eq } from 'drizzle-orm';
import { badInput } from '../problems';

const level = schema.trainingLevel;

/** A level must be one of the city's (国培 … or its own); the field says which was not. */
export async function assertLevel(tx: Transaction, name: string, field = 'level') {
  const [row] = await tx.select({ name: level.name }).from(level).where(eq(level.name, name));
  if (!row) throw badInput(field, 'unknown_level');
}
