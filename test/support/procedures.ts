import { randomUUID } from 'node:crypto';
import { appRouter } from '@tongxing/api';
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;
interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: AnySchema[];
}

/** Every procedure of the app router, by path, read from the router itself. */
export function allProcedures(): { path: string; type: ProcedureDef['type']; input: AnySchema | undefined }[] {
  const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: ProcedureDef }> } })._def.procedures;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type, input: p._def.inputs[0] }));
}

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** Looks through defaults, optionals, pipes (refine/transform) to the object schema underneath. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'default' || d.type === 'optional' || d.type === 'nullable' || d.type === 'prefault') current = d.innerType as AnySchema;
    else if (d.type === 'pipe') current = d.in as AnySchema;
    else return current;
  }
}

export function shapeOf(schema: AnySchema | undefined): Record<string, AnySchema> {
  if (!schema) return {};
  const inner = unwrap(schema);
  return def(inner).type === 'object' ? (def(inner).shape as Record<string, AnySchema>) : {};
}

/** Plausible values for the text fields the procedures use, so a call fails only on what is tested. */
const TEXT_SAMPLES: Record<string, string> = {
  code: 'probe1',
  idNumber: '110105194912310021'.slice(0, 17) + 'X',
  phone: '13800138000',
  locationClass: '村小',
  date: '2026-01-01',
  month: '2026-03',
  startDate: '2026-01-01',
  endDate: '2026-01-05',
  term: '2026-spring',
  asOf: '2026-01-01',
  titleDate: '2020-01-01',
  dateFrom: '2026-01-01',
  dateTo: '2026-12-31',
  openedOn: '2000-01-01',
  closedOn: '2030-01-01',
  username: 'probe.user',
  currentPassword: 'Probe#Pass2026',
  newPassword: 'Probe#Pass2027',
};

/** Plausible values for the number fields that have a range (a year). */
const NUMBER_SAMPLES: Record<string, number> = { year: 2026 };

/** A valid value for a schema (first enum option, true, 1, nested objects filled). */
export function sample(schema: AnySchema, field = ''): unknown {
  const inner = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'string':
      return (d as { format?: string }).format === 'uuid' ? randomUUID() : (TEXT_SAMPLES[field] ?? '探针');
    case 'enum':
      return Object.values(d.entries as Record<string, string>)[0];
    case 'boolean':
      return true;
    case 'number':
      return NUMBER_SAMPLES[field] ?? 1;
    case 'object':
      return Object.fromEntries(Object.entries(d.shape as Record<string, AnySchema>).map(([k, v]) => [k, sample(v, k)]));
    default:
      return undefined;
  }
}
