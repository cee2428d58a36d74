import { schema } from '@tongxing/db';
import { and, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { likePattern, ordered } from '../../inputs';
import type { listAccountsInput } from './schemas';

const u = schema.appUser;

/** Never the password hash. */
export const accountColumns = {
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  countyId: u.countyId,
  schoolId: u.schoolId,
  teacherId: u.teacherId,
  providerId: u.providerId,
  mustChangePassword: u.mustChangePassword,
  disabledAt: u.disabledAt,
  createdAt: u.createdAt,
};

type Input = z.infer<typeof listAccountsInput>;

/** The filters of the account list and its Excel export, in one place. */
export function accountFilters(input: Input): SQL | undefined {
  const term = input.search ? likePattern(input.search) : undefined;
  return and(
    input.role ? eq(u.role, input.role) : undefined,
    input.state === 'disabled' ? isNotNull(u.disabledAt) : input.state === 'active' ? isNull(u.disabledAt) : undefined,
    term ? or(ilike(u.username, term), ilike(u.displayName, term)) : undefined,
  );
}

const ACCOUNT_ORDER = { username: [u.username], displayName: [u.displayName, u.username], role: [u.role, u.username] };
/** The order of the account list and its Excel export. */
export const accountOrder = (input: Input) => ordered(ACCOUNT_ORDER[input.sort], input.dir);
