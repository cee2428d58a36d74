import { DEMO_LOGINS, DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';

export function printDemoLogins(url: string): void {
  const lines = [
    '',
    `  同行 Tongxing is running at ${url}`,
    '',
    `  Demo logins (password ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((l) => `    ${l.tenantCode.padEnd(12)} ${l.username.padEnd(14)} ${l.role}`),
    '',
  ];
  console.log(lines.join('\n'));
}
