import { TRPCError } from '@trpc/server';

/** Where in a nested input a problem is: the row of a list (from 1), the tier of a tier table (its class, and its number when known). */
export interface Place {
  row?: number;
  tier?: string;
  tierNo?: number;
  /** The object a part belongs to (`quota` of `quota.percent`): several have parts of the same name. */
  group?: string;
}

/** One input problem: the field it concerns and a message key under `error.problem`. */
export interface Problem {
  field: string;
  key: string;
  params?: Record<string, unknown>;
  place?: Place;
}

/** An input problem found by a handler (not by the schema), reported like a schema failure. */
export class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.key}`).join('; '));
  }
}

export function badInput(field: string, key: string, params?: Record<string, unknown>): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', cause: new InputProblems([{ field, key, ...(params ? { params } : {}) }]) });
}

/** A unique constraint hit: which field and value are taken. */
export class Conflict extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} already exists`);
  }
}

export function notFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND' });
}
