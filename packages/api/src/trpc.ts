import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { Context } from './context';
import { describeError } from './describe-error';

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
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
