import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { describe, expect, inject, it } from 'vitest';
import { loginOverHttp } from '../support/http';

const baseUrl = inject('baseUrl');

function postLogin(fields: Record<string, string>, query = ''): Promise<Response> {
  return fetch(`${baseUrl}/login${query}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

describe('typed input over HTTP, before and after login', () => {
  it('treats a session cookie holding a NUL byte as no session, on every kind of route', async () => {
    for (const path of ['/', '/login', '/teachers', '/api/trpc/auth.me']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', headers: { cookie: 'tx_session=%00.x' } });
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('answers a login form with a NUL in the city code like a wrong password', async () => {
    const response = await postLogin({ tenantCode: 'bai\u0000cheng', username: 'bc.admin', password: DEMO_PASSWORD });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('用户名或密码错误');
  });

  it('lands a login with a crafted next= (a tab, non-ASCII, another host) on the home page', async () => {
    for (const next of ['/\tx', '/教师', '//evil.example', '/\\evil.example', 'https://evil.example/']) {
      const response = await postLogin(
        { tenantCode: 'baicheng', username: 'bc.admin', password: DEMO_PASSWORD },
        `?next=${encodeURIComponent(next)}`,
      );
      expect(response.status, next).toBe(303);
      expect(response.headers.get('location'), next).toBe('/');
    }
    const fine = await postLogin({ tenantCode: 'baicheng', username: 'bc.admin', password: DEMO_PASSWORD }, '?next=%2Fteachers%3Fpage%3D2');
    expect(fine.headers.get('location')).toBe('/teachers?page=2');
  });

  it('refuses a NUL in a tRPC text field with a readable 400, not a 500', async () => {
    const cookie = await loginOverHttp(baseUrl, 'baicheng', 'bc.admin', DEMO_PASSWORD);
    const response = await fetch(
      `${baseUrl}/api/trpc/teacher.list?input=${encodeURIComponent(JSON.stringify({ json: { search: 'x\u0000' } }))}`,
      {
        headers: { cookie },
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('无法保存的字符');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
