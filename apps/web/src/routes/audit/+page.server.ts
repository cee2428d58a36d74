import { AUDIT_ACTIONS, AUDITED_TABLES } from '@tongxing/api/audit/describe';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';
import { auditFilters, auditListQuery } from './audit-list.ts';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = auditListQuery(event.url);
    const page = await api(event).audit.list({ ...auditFilters(list), page: list.page });
    return { list, page, actions: [...AUDIT_ACTIONS], entities: [...AUDITED_TABLES] };
  });
