import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); browsers cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized screen, as teachers use the app. */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** Logs an account in through the login page, in a fresh context, and waits for the shell. */
export async function logIn(
  browser: Browser,
  baseUrl: string,
  account: { tenantCode: string; username: string; password: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(`${baseUrl}/login`);
  await page.selectOption('select[name=tenantCode]', account.tenantCode);
  await page.fill('input[name=username]', account.username);
  await page.fill('input[name=password]', account.password);
  await page.click('button[type=submit].primary');
  await page.waitForSelector('[data-testid=current-user]');
  // styles decide what shows (the wide navigation or the phone menu): wait for them too
  await page.waitForLoadState('load');
  return page;
}

/** Logs a demo account in (the demo password), as `logIn` does. */
export function logInAsDemo(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: BrowserContextOptions = {},
  tenantCode = 'baicheng',
): Promise<Page> {
  return logIn(browser, baseUrl, { tenantCode, username, password: DEMO_PASSWORD }, options);
}

/**
 * Clicks a ConfirmButton once it is hydrated (before that it would submit without asking), confirms
 * in its dialog and returns what the dialog said.
 */
export async function clickAndConfirm(scope: Page | Locator, testid: string): Promise<string> {
  const page = 'keyboard' in scope ? scope : scope.page();
  await scope.locator(`[data-testid=${testid}][data-ready]`).click();
  const dialog = page.locator('dialog[open]');
  const text = (await dialog.textContent()) ?? '';
  await dialog.locator('[data-testid=confirm-ok]').click();
  return text;
}
