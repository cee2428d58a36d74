import type { RequestHandler } from '@sveltejs/kit';
import { appRouter } from '@tongxing/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { contextFor } from '#lib/server/api.ts';

const handler: RequestHandler = (event) =>
  fetchRequestHandler({ endpoint: '/api/trpc', req: event.request, router: appRouter, createContext: () => contextFor(event) });

export const GET = handler;
export const POST = handler;
