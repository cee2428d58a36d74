import type { RequestHandler } from '@sveltejs/kit';
import { appRouter, log } from '@tongxing/api';
import { MAX_BATCH } from '@tongxing/domain';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { contextFor } from '#lib/server/api.ts';

const handler: RequestHandler = (event) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req: event.request,
    router: appRouter,
    createContext: () => contextFor(event),
    // One request may not queue up unbounded work on the one event loop that serves every city.
    maxBatchSize: MAX_BATCH,
    // Refusals (bad input, not found, forbidden) are answers, not faults: only the unexpected is logged.
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error, procedure: path ?? null }, 'procedure failed');
    },
  });

export const GET = handler;
export const POST = handler;
