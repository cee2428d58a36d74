import { inject } from 'vitest';
import { connect, type DatabaseHandle } from '@tongxing/db';

let app: DatabaseHandle | undefined;
let owner: DatabaseHandle | undefined;

/** The pool the product uses: the app role, subject to RLS. */
export function appDb(): DatabaseHandle {
  app ??= connect(inject('appUrl'), { max: 10 });
  return app;
}

/** The owner (BYPASSRLS): for arranging and inspecting state the app role must not reach. */
export function ownerDb(): DatabaseHandle {
  owner ??= connect(inject('ownerUrl'), { max: 2 });
  return owner;
}

export async function closeDbs(): Promise<void> {
  await Promise.all([app?.close(), owner?.close()]);
  app = owner = undefined;
}
