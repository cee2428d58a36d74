import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

/** What every line written while serving one request carries. Ids only: never names, ID numbers or tokens. */
export interface RequestContext {
  reqId: string;
  tenantId?: string;
  userId?: string;
}

const requests = new AsyncLocalStorage<RequestContext>();

/**
 * The server's structured log: one JSON object a line on stdout (pino), at LOG_LEVEL (default info).
 * Inside `withRequest` every line gets the request's id (and tenant and user once known) through the
 * mixin, so code deep in a procedure logs with plain `log.warn(...)` and still says which request it was.
 */
export const log: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'tongxing' },
  mixin: () => ({ ...requests.getStore() }),
  serializers: { err: errorFields },
});

export function withRequest<T>(context: RequestContext, run: () => T): T {
  return requests.run(context, run);
}

/** The current request's context, to add the tenant and user once the session is known. */
export function currentRequest(): RequestContext | undefined {
  return requests.getStore();
}

/**
 * An error as logged: its kind, code, message and stack only. PostgreSQL's `detail` and `where`, zod's
 * input echoes and tRPC's `cause` chains are left out, because they repeat the values that were sent
 * (an ID number in a unique violation's detail, say).
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const message = withoutParams(error.message);
  const stack = error.stack?.replace(error.message, message);
  const fields: Record<string, unknown> = { type: error.name, message, stack };
  if (typeof code === 'string') fields.code = code;
  const cause = error.cause;
  if (cause instanceof Error && cause !== error)
    fields.cause = { type: cause.name, message: withoutParams(cause.message), code: (cause as { code?: unknown }).code };
  return fields;
}

/** drizzle's "Failed query: <sql>\nparams: <values>": the statement is worth logging, its values are not. */
function withoutParams(message: string): string {
  const at = message.indexOf('\nparams:');
  return at < 0 ? message : `${message.slice(0, at)}\nparams: (left out)`;
}
