// `pnpm db:migrate`: applies the migrations to DATABASE_URL (as its owner role), or to the embedded
// development database when DATABASE_URL is unset.
import { prepareDatabase } from './lib/database';

const database = await prepareDatabase({ seed: false });
console.log(`Migrations applied (${database.embedded ? 'embedded database in .data/postgres' : 'DATABASE_URL'}).`);
await database.stop();
