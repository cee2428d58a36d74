import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client';

export interface TenantScope {
  tenantId: string;
  /** The acting user, recorded by the audit trigger. */
  userId?: string | null;
  clientIp?: string | null;
}

/**
 * The one way the app touches tenant-owned rows: a transaction whose first statement sets the tenant
 * (and the actor for the audit trigger) with set_config(..., true), so the settings end with it and
 * a pooled connection never carries one tenant's setting into another's work.
 */
export function withTenant<T>(db: Database, scope: TenantScope, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // Sent without waiting: the work's first statement follows it on the same connection, in order,
    // so the settings are in place before it runs and each unit of work saves a round trip.
    const settled = tx
      .execute(
        sql`select
        set_config('app.tenant_id', ${scope.tenantId}, true),
        set_config('app.user_id', ${scope.userId ?? ''}, true),
        set_config('app.client_ip', ${scope.clientIp ?? ''}, true)`,
      )
      .then(
        () => null,
        (error: unknown) => ({ error }),
      );
    const result = await work(tx).catch(async (error: unknown) => {
      throw (await settled)?.error ?? error;
    });
    const failed = await settled;
    if (failed) throw failed.error;
    return result;
  });
}

/**
 * Inside a platform transaction, does one piece of work as another tenant (the operator creating a
 * city's first administrator), then switches back. Same transaction: all or nothing.
 */
export async function actAsTenant<T>(tx: Transaction, tenantId: string, work: () => Promise<T>): Promise<T> {
  const [previous] = await tx.execute<{ tenant: string }>(sql`select current_setting('app.tenant_id', true) as tenant`);
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
  const result = await work();
  await tx.execute(sql`select set_config('app.tenant_id', ${previous?.tenant ?? ''}, true)`);
  return result;
}
