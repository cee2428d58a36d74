import { POST_ROLES, POST_STATUSES } from '@tongxing/domain';
import { z } from 'zod';
import { entityId } from '../../inputs';
import { isoDate } from '../../register/fields';

export const REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;

export const proposeInput = z
  .object({
    teacherId: entityId(),
    date: isoDate(),
    toSchoolId: entityId().optional(),
    status: z.enum(POST_STATUSES).optional(),
    roles: z.array(z.enum(POST_ROLES)).max(5).optional(),
    endService: z.boolean().default(false),
    note: z.string().trim().max(200).optional(),
  })
  .refine((r) => r.endService || r.toSchoolId || r.status || r.roles, { path: ['date'], params: { key: 'no_change' } });

export const listRequestsInput = z.object({ state: z.enum(REQUEST_STATES).optional() }).default({});
export const decideInput = z.object({ requestId: entityId(), approve: z.boolean(), comment: z.string().trim().max(200).optional() });
