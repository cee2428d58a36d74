import { APP_ROLE } from './roles';

/** The app role's URL on the same server as the owner's: same host, port and database. */
export function appUrlFrom(ownerUrl: string, appPassword: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}

export function defaultAppPassword(): string {
  return process.env.APP_DB_PASSWORD ?? 'tongxing_app_dev';
}
