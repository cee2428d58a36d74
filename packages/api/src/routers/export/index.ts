import { schema } from '@tongxing/db';
import { z } from 'zod';
import { entityId } from '../../inputs';
import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { isoDate } from '../../register/fields';
import { schoolColumns, schoolFilters, schoolOrder, withCounty } from '../school/queries';
import { listSchoolsInput } from '../school/schemas';
import { listTeachersInput } from '../teacher/schemas';
import { router } from '../../trpc';
import { accountColumns, accountFilters, accountOrder } from '../account/list';
import { listAccountsInput } from '../account/schemas';
import { requestRows } from '../request/list';
import { listRequestsInput } from '../request/schemas';
import { rosterOf } from './roster';
import { teacherExportRows } from './teachers';

/**
 * The rows of the Excel exports. The lists take the list pages' own input and apply their filters and
 * order (one definition each), without pagination; export follows the read permissions.
 */
export const exportRouter = router({
  teachers: permitted('teacher.read')
    .use(heavy)
    .input(listTeachersInput)
    .query(({ ctx, input }) => teacherExportRows(ctx.tx, ctx.user, input)),

  schools: permitted('school.read')
    .use(heavy)
    .input(listSchoolsInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({ ...schoolColumns, countyCode: schema.county.code })
        .from(schema.school)
        .innerJoin(schema.county, withCounty)
        .where(schoolFilters(ctx.user, input))
        .orderBy(...schoolOrder(input)),
    ),

  accounts: permitted('account.manage')
    .use(heavy)
    .input(listAccountsInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select(accountColumns)
        .from(schema.appUser)
        .where(accountFilters(input))
        .orderBy(...accountOrder(input)),
    ),

  requests: permitted('request.read')
    .use(heavy)
    .input(listRequestsInput)
    .query(({ ctx, input }) => requestRows(ctx.tx, ctx.user, input)),

  /** A county's staff as of a day. */
  roster: permitted('county.read')
    .use(heavy)
    .input(z.object({ countyId: entityId(), asOf: isoDate() }))
    .query(async ({ ctx, input }) => ({ asOf: input.asOf, rows: await rosterOf(ctx.tx, input.countyId, input.asOf) })),
});
