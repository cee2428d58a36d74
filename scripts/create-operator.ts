// `pnpm operator:create <username> [display name]`: the first platform operator of a new deployment.
// Prints a one-time password that must be changed at first login.
import { hashPassword, oneTimePassword } from '@tongxing/auth';
import { connect, PLATFORM_TENANT_ID, schema } from '@tongxing/db';
import { USERNAME_PATTERN } from '@tongxing/domain';
import { prepareDatabase } from './lib/database';

const [username, displayName = '平台运营'] = process.argv.slice(2);
if (!username || !USERNAME_PATTERN.test(username)) {
  console.error('Usage: pnpm operator:create <username> [display name]   (username: 3–40 of a-z 0-9 . _ -)');
  process.exit(2);
}
const database = await prepareDatabase({ seed: false });
const owner = connect(database.ownerUrl, { max: 1 });
try {
  const password = oneTimePassword();
  await owner.db.insert(schema.appUser).values({
    tenantId: PLATFORM_TENANT_ID,
    username,
    displayName,
    role: 'operator',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  console.log(`Operator ${username} created. City: 平台运营 (platform). One-time password: ${password}`);
} finally {
  await owner.close();
  await database.stop();
}
