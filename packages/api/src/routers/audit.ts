import { exportAudit, listAudit, listAuditInput, auditFilterInput } from '../audit/list';
import { permitted } from '../procedures';
import { router } from '../trpc';

export const auditRouter = router({
  /** A page of the log, newest first, each event as a sentence about named records. */
  list: permitted('audit.read')
    .input(listAuditInput)
    .query(({ ctx, input }) => listAudit(ctx.tx, ctx.locale, input)),

  /** Every event the filters find (up to AUDIT_EXPORT_LIMIT), for the Excel export. */
  export: permitted('audit.read')
    .input(auditFilterInput.default({}))
    .query(({ ctx, input }) => exportAudit(ctx.tx, ctx.locale, input)),
});
