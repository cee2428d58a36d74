import { DEMO_LOGINS, DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import type { Role } from '@tongxing/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What each role must see in the navigation, in each language: the top bar's entries on a wide screen
 * (a group of several pages opens a menu, a group of one is its page), and every page, in order.
 */
const NAV: Record<Role, Record<'zh' | 'en', { bar: string[]; links: string[] }>> = {
  operator: { zh: { bar: ['首页', '城市租户'], links: ['首页', '城市租户'] }, en: { bar: ['Home', 'Cities'], links: ['Home', 'Cities'] } },
  city_admin: {
    zh: {
      bar: ['首页', '台账', '补助', '培训', '交流', '结对帮扶', '督查', '系统'],
      links: [
        '首页',
        '县区',
        '学校',
        '教师',
        '变动申请',
        '批量导入',
        '数据核查',
        '补助标准',
        '发放表',
        '发放汇总',
        '测算',
        '培训期次',
        '培训项目',
        '学时达标',
        '学时申报',
        '培训报表',
        '学时周期',
        '培训机构',
        '交流轮岗',
        '轮岗资格',
        '轮岗需求',
        '轮岗政策',
        '结对帮扶',
        '总览',
        '督查记录',
        '督查问题',
        '督查月报',
        '花名册核查',
        '地域类别',
        '账号',
        '操作日志',
      ],
    },
    en: {
      bar: ['Home', 'Register', 'Allowances', 'Training', 'Rotations', 'School pairing', 'Inspections', 'Settings'],
      links: [
        'Home',
        'Counties',
        'Schools',
        'Teachers',
        'Requests',
        'Import',
        'Data quality',
        'Allowance rules',
        'Disbursement sheets',
        'Allowance totals',
        'Simulation',
        'Cohorts',
        'Programmes',
        'Hours compliance',
        'Hours claims',
        'Training reports',
        'Hours cycle',
        'Training providers',
        'Rotations',
        'Rotation eligibility',
        'Rotation needs',
        'Rotation policy',
        'School pairing',
        'Overview',
        'Inspection visits',
        'Inspection problems',
        'Monthly report',
        'Roster checks',
        'Location classes',
        'Accounts',
        'Audit log',
      ],
    },
  },
  county_officer: {
    zh: {
      bar: ['首页', '台账', '补助', '培训', '交流', '结对帮扶', '督查'],
      links: [
        '首页',
        '县区',
        '学校',
        '教师',
        '变动申请',
        '批量导入',
        '数据核查',
        '补助标准',
        '发放表',
        '发放汇总',
        '培训期次',
        '培训项目',
        '学时达标',
        '学时申报',
        '培训报表',
        '交流轮岗',
        '轮岗资格',
        '轮岗需求',
        '结对帮扶',
        '总览',
        '督查记录',
        '督查问题',
        '督查月报',
        '花名册核查',
      ],
    },
    en: {
      bar: ['Home', 'Register', 'Allowances', 'Training', 'Rotations', 'School pairing', 'Inspections'],
      links: [
        'Home',
        'Counties',
        'Schools',
        'Teachers',
        'Requests',
        'Import',
        'Data quality',
        'Allowance rules',
        'Disbursement sheets',
        'Allowance totals',
        'Cohorts',
        'Programmes',
        'Hours compliance',
        'Hours claims',
        'Training reports',
        'Rotations',
        'Rotation eligibility',
        'Rotation needs',
        'School pairing',
        'Overview',
        'Inspection visits',
        'Inspection problems',
        'Monthly report',
        'Roster checks',
      ],
    },
  },
  school_admin: {
    zh: {
      bar: ['首页', '台账', '培训', '交流', '结对帮扶', '督查'],
      links: [
        '首页',
        '学校',
        '教师',
        '变动申请',
        '培训期次',
        '学时达标',
        '学时申报',
        '轮岗资格',
        '轮岗需求',
        '本校交流',
        '结对帮扶',
        '督查记录',
        '督查问题',
      ],
    },
    en: {
      bar: ['Home', 'Register', 'Training', 'Rotations', 'School pairing', 'Inspections'],
      links: [
        'Home',
        'Schools',
        'Teachers',
        'Requests',
        'Cohorts',
        'Hours compliance',
        'Hours claims',
        'Rotation eligibility',
        'Rotation needs',
        'Our rotations',
        'School pairing',
        'Inspection visits',
        'Inspection problems',
      ],
    },
  },
  provider: {
    zh: { bar: ['首页', '培训期次'], links: ['首页', '培训期次'] },
    en: { bar: ['Home', 'Cohorts'], links: ['Home', 'Cohorts'] },
  },
  teacher: {
    zh: { bar: ['首页', '我的档案', '我的补助', '我的培训'], links: ['首页', '我的档案', '我的补助', '我的培训'] },
    en: { bar: ['Home', 'My record', 'My allowances', 'My training'], links: ['Home', 'My record', 'My allowances', 'My training'] },
  },
};

async function logIn(page: Page, tenantCode: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.selectOption('select[name=tenantCode]', tenantCode);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit].primary');
}

/** The navigation the user can see: in the header on wide screens, in the menu on phones. */
async function navTexts(page: Page): Promise<{ bar: string[]; links: string[] }> {
  const wide = await page.isVisible('[data-testid=nav]');
  if (!wide && !(await page.isVisible('[data-testid=nav-narrow]'))) await page.click('[data-testid=menu-button]');
  const bar = wide
    ? await page.locator('[data-testid=nav] .nav-bar > li > a, [data-testid=nav] .nav-bar > li > details > summary').allTextContents()
    : null;
  const links = await page.locator(`[data-testid=${wide ? 'nav' : 'nav-narrow'}] a`).allTextContents();
  return { bar: bar ?? [], links };
}

describe('each demo role, in a real browser', () => {
  for (const demo of DEMO_LOGINS) {
    it(`${demo.tenantCode}/${demo.username} (${demo.role}) logs in, sees its navigation, changes language, logs out`, async () => {
      const phone = demo.role === 'teacher';
      const context = await browser.newContext(phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {});
      const page = await context.newPage();
      await logIn(page, demo.tenantCode, demo.username, DEMO_PASSWORD);
      await page.waitForSelector('[data-testid=current-user]');
      // the stylesheet decides which navigation shows: wait for it on a busy machine
      await page.waitForLoadState('load');
      const expected = (locale: 'zh' | 'en') => (phone ? { bar: [], links: NAV[demo.role][locale].links } : NAV[demo.role][locale]);
      expect(await navTexts(page)).toEqual(expected('zh'));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

      expect(await page.isVisible('[data-testid=nav]')).toBe(!phone);
      if (phone) {
        expect(await page.isVisible('[data-testid=nav-narrow] a[href^="/teachers/"]')).toBe(true);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);
      }

      await page.click('[data-testid=locale-switch]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await navTexts(page)).toEqual(expected('en'));

      await page.click('button:has-text("Log out")');
      await page.waitForURL(`${baseUrl}/login`);
      expect(await page.textContent('h2')).toBe('Log in');
      await page.goto(`${baseUrl}/`);
      await page.waitForURL(/\/login/);
      await context.close();
    });
  }

  it('shows one message for a wrong password and for an unknown user', async () => {
    const page = await browser.newPage();
    await logIn(page, 'baicheng', 'bc.admin', 'wrong-password');
    const wrongPassword = await page.textContent('[data-testid=login-error]');
    await logIn(page, 'baicheng', 'no.such.user', 'wrong-password');
    const unknownUser = await page.textContent('[data-testid=login-error]');
    expect(wrongPassword).toBe('用户名或密码错误');
    expect(unknownUser).toBe(wrongPassword);
    await page.close();
  });
});

describe('the HTTP boundary', () => {
  async function sessionCookie(): Promise<string> {
    const response = await fetch(`${baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ tenantCode: 'lanzhou', username: 'lz.admin', password: DEMO_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tx_session='));
    if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
    return cookie;
  }

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ (not Secure on localhost)', async () => {
    const cookie = await sessionCookie();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it('refuses a POST to /api/trpc from another origin, even with a valid session', async () => {
    const cookie = (await sessionCookie()).split(';')[0]!;
    const body = JSON.stringify({ json: { code: 'X1', name: '跨站县', isPovertyCounty: false } });
    const crossSite = await fetch(`${baseUrl}/api/trpc/county.create`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body,
    });
    expect(crossSite.status).toBe(403);
    const noOrigin = await fetch(`${baseUrl}/api/trpc/county.create`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body,
    });
    expect(noOrigin.status).toBe(403);
    const list = await fetch(`${baseUrl}/api/trpc/county.list`, { headers: { cookie } });
    expect(JSON.stringify(await list.json())).not.toContain('跨站县');
  });

  it('answers invalid input with a readable message that names the field', async () => {
    const cookie = (await sessionCookie()).split(';')[0]!;
    const response = await fetch(`${baseUrl}/api/trpc/county.create`, {
      method: 'POST',
      headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { code: '', name: '新县' } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string> } } } };
    expect(body.error.json.message).toBe('代码：必填');
    expect(body.error.json.data.fieldErrors).toEqual({ code: '必填' });
  });
});
