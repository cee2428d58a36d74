import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { APP_ROLE } from './roles';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * Applies the SQL migrations as the owner, then lets the app role log in with its password.
 * The owner needs BYPASSRLS (the two pre-tenant auth look-ups rely on it) and CREATEROLE.
 */
export async function runMigrations(ownerUrl: string, appPassword: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const [me] = await sql<{ bypass: boolean }[]>`select rolbypassrls as bypass from pg_roles where rolname = current_user`;
    if (!me?.bypass) {
      throw new Error(
        'The migration role needs BYPASSRLS (ALTER ROLE ... BYPASSRLS) so that login and session look-ups can find their tenant.',
      );
    }
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
    await sql.unsafe(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${appPassword.replaceAll("'", "''")}'`);
  } finally {
    await sql.end();
  }
}
