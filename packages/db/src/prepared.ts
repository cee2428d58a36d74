import type postgres from 'postgres';

/**
 * drizzle asks postgres.js to prepare a statement only when the query is given a name, so every
 * request would have PostgreSQL plan the same few statements again (a third of the time of the
 * teacher list). This client prepares every statement; postgres.js keeps them per connection, keyed
 * by their text, and the app's statements are a bounded set (values always go in as parameters).
 */
export function preparingClient(sql: postgres.Sql): postgres.Sql {
  return wrap(sql) as postgres.Sql;
}

type Unsafe = (query: string, params?: unknown[], options?: { prepare?: boolean }) => unknown;

function wrap<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === 'unsafe' && typeof value === 'function') {
        return (query: string, params?: unknown[], options?: { prepare?: boolean }) =>
          (value as Unsafe).call(object, query, params, { ...options, prepare: true });
      }
      if (property === 'begin' && typeof value === 'function') {
        // the transaction's own client is wrapped too, so statements inside transactions are prepared
        return (...args: unknown[]) => {
          const callback = args.at(-1) as (tx: object) => unknown;
          return (value as (...a: unknown[]) => unknown).call(object, ...args.slice(0, -1), (tx: object) => callback(wrap(tx)));
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
