import { ROLE_SCOPE, TENANT_ROLES, USERNAME_PATTERN } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText, sortDir } from '../../inputs';

const SCOPE_FIELDS = ['countyId', 'schoolId', 'teacherId', 'providerId'] as const;

/** A role carries exactly the scope its kind needs: a county officer a county, and so on. */
export const createAccountInput = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN),
    displayName: requiredText(40),
    role: z.enum(TENANT_ROLES),
    countyId: entityId().optional(),
    schoolId: entityId().optional(),
    teacherId: entityId().optional(),
    providerId: entityId().optional(),
  })
  .superRefine((input, ctx) => {
    const needed = ROLE_SCOPE[input.role];
    for (const field of SCOPE_FIELDS) {
      if (field === needed && !input[field]) {
        ctx.addIssue({ code: 'custom', path: [field], params: { key: 'scope_required' } });
      }
    }
  })
  .transform((input) => {
    const needed = ROLE_SCOPE[input.role];
    return {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      countyId: needed === 'countyId' ? input.countyId! : null,
      schoolId: needed === 'schoolId' ? input.schoolId! : null,
      teacherId: needed === 'teacherId' ? input.teacherId! : null,
      providerId: needed === 'providerId' ? input.providerId! : null,
    };
  });

export const ACCOUNT_SORTS = ['username', 'displayName', 'role'] as const;
export const ACCOUNT_STATES = ['active', 'disabled'] as const;
export const listAccountsInput = z
  .object({
    ...listInput,
    role: z.enum(TENANT_ROLES).optional(),
    state: z.enum(ACCOUNT_STATES).optional(),
    sort: z.enum(ACCOUNT_SORTS).default('username'),
    dir: sortDir(),
  })
  .default({ page: 1, sort: 'username', dir: 'asc' });
export const accountIdInput = z.object({ accountId: entityId() });
export const setDisabledInput = z.object({ accountId: entityId(), disabled: z.boolean() });
