import { initTRPC } from '@trpc/server';
import { unsafeTextField } from '@tongxing/domain';
import superjson from 'superjson';
import type { Context } from './context';
import { describeError } from './describe-error';
import { badInput } from './problems';

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const described = describeError(error, ctx?.locale ?? 'zh');
    return {
      ...shape,
      message: described.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors: described.fieldErrors },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
/** Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused by name before any procedure runs. */
const refuseUnsafeText = t.middleware(async ({ next, getRawInput }) => {
  const field = unsafeTextField(await getRawInput());
  if (field) throw badInput(field, 'unsafe_text');
  return next();
});

export const publicProcedure = t.procedure.use(refuseUnsafeText);
export const createCallerFactory = t.createCallerFactory;
