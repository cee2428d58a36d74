import { POST_ROLES, POST_STATUSES } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput } from '../../inputs';
import { postDate } from '../../register/fields';

export const REQUEST_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

export const proposeInput = z
  .object({
    teacherId: entityId(),
    date: postDate(),
    toSchoolId: entityId().optional(),
    status: z.enum(POST_STATUSES).optional(),
    roles: z.array(z.enum(POST_ROLES)).max(5).optional(),
    endService: z.boolean().default(false),
    note: z.string().trim().max(200).optional(),
  })
  .refine((r) => r.endService || r.toSchoolId || r.status || r.roles, { path: ['date'], params: { key: 'no_change' } });

export const listRequestsInput = z.object({ state: z.enum(REQUEST_STATES).optional(), search: listInput.search }).default({});
/** Returning a request says why: the proposer must know what to change. */
export const decideInput = z
  .object({ requestId: entityId(), approve: z.boolean(), comment: z.string().trim().max(200).optional() })
  .refine((d) => d.approve || !!d.comment, { path: ['comment'], params: { key: 'comment_required' } });

export const withdrawInput = z.object({ requestId: entityId() });
