import { error, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { describeError } from '@tongxing/api';

const STATUS: Partial<Record<TRPCError['code'], number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

/**
 * Runs a page load's API calls. A refusal from the API (forbidden, not found, a bad query parameter)
 * becomes SvelteKit's error page with the API's message in the user's language; anything else is rethrown.
 */
export async function loadOrError<T>(event: Pick<RequestEvent, 'locals'>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    const status = cause instanceof TRPCError ? STATUS[cause.code] : undefined;
    if (status) error(status, describeError(cause, event.locals.locale).message);
    throw cause;
  }
}
