import type { AppRouter } from '@tongxing/api';
import { MAX_BATCH } from '@tongxing/domain';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';

let client: ReturnType<typeof createTRPCClient<AppRouter>> | undefined;

/** The browser's tRPC client (same-origin `/api/trpc`, the session cookie rides along). */
export function browserApi() {
  client ??= createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/api/trpc', transformer: superjson, maxItems: MAX_BATCH })] });
  return client;
}
