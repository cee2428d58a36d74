import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { describe, expect, inject, it } from 'vitest';
import { loginOverHttp, trpcQueryUrl } from '../support/http';

const baseUrl = inject('baseUrl');

describe('response headers', () => {
  it('sends a nonce-based Content-Security-Policy that forbids framing, with nosniff and a referrer policy', async () => {
    const response = await fetch(`${baseUrl}/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    // Served over plain HTTP here: no HSTS, which only means something over HTTPS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('lets nothing that carries personal data be cached: pages, API answers and exports', async () => {
    const cookie = await loginOverHttp(baseUrl, 'baicheng', 'bc.admin', DEMO_PASSWORD);
    const page = await fetch(`${baseUrl}/teachers`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const api = await fetch(trpcQueryUrl(baseUrl, 'teacher.list', { page: 1 }), { headers: { cookie } });
    expect(api.status).toBe(200);
    expect(api.headers.get('cache-control')).toBe('private, no-store');
    const exported = await fetch(`${baseUrl}/register/export/teachers`, { headers: { cookie } });
    expect(exported.headers.get('cache-control')).toContain('no-store');
  });
});
