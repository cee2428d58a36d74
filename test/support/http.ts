/** Logs in through the login form as a browser would and returns the `tx_session=…` cookie pair. */
export async function loginOverHttp(baseUrl: string, tenantCode: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ tenantCode, username, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tx_session='));
  if (!cookie) throw new Error(`login ${tenantCode}/${username} gave no session cookie (status ${response.status})`);
  return cookie.split(';')[0]!;
}

/** The URL a tRPC client GETs for a query: the input in superjson's envelope, unbatched. */
export function trpcQueryUrl(baseUrl: string, path: string, input: unknown): string {
  return `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}
