// `pnpm generate --teachers 30000` (one city) or `pnpm generate --tenants 16 --teachers 500000` (a province,
// teachers split across the cities); `--seed N` picks the data. Adds generated cities gen-01, gen-02, … to
// DATABASE_URL's database (as its owner role) or to the embedded development database.
import { parseArgs } from 'node:util';
import { hashPassword } from '@tongxing/auth';
import { connect } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN } from '@tongxing/db/seed/bulk-load';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { prepareDatabase } from './lib/database';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { tenants: { type: 'string', default: '1' }, teachers: { type: 'string', default: '' }, seed: { type: 'string', default: '1' } },
});
const [tenants, teachers, seed] = [values.tenants, values.teachers, values.seed].map(Number) as [number, number, number];
if (![tenants, teachers, seed].every(Number.isSafeInteger) || tenants < 1 || teachers < tenants) {
  console.error('Usage: pnpm generate --teachers <total> [--tenants <cities, default 1>] [--seed <n, default 1>]');
  process.exit(2);
}

// The embedded database gets its demo cities first, as `pnpm dev` would: it loads them only into an empty register.
const database = await prepareDatabase({ seed: !process.env.DATABASE_URL });
// PostgreSQL does most of the work, one city per connection: two at once loaded 1.4× faster than one on 2 cores.
const PARALLEL = 2;
const owner = connect(database.ownerUrl, { max: PARALLEL });
try {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Generating ${teachers} teachers in ${tenants} ${tenants === 1 ? 'city' : 'cities'} (seed ${seed}) into ${database.embedded ? 'the embedded database (.data/postgres)' : 'DATABASE_URL'}…`,
  );
  const loaded = await bulkLoad(owner.db, {
    tenants,
    teachers,
    seed,
    parallel: PARALLEL,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    onTenant: (t) =>
      console.log(
        `  ${t.code}  ${t.name}  ${t.counties} counties, ${t.schools} schools, ${t.teachers} teachers, ${t.posts} posts  (${seconds()} s)`,
      ),
  });
  console.log(`Done in ${seconds()} s.`);
  const cities = loaded.length === 1 ? loaded[0]!.code : `${loaded[0]!.code} … ${loaded.at(-1)!.code}`;
  console.log(`Log in: city ${cities} · username ${GENERATED_ADMIN} · password ${DEMO_PASSWORD}`);
} finally {
  await owner.close();
  await database.stop();
}
