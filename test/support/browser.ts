import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { artifactsDir } from './paths.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1366, height: 900 };

export interface LaunchedBrowser {
  browser: Browser;
  /** A fresh context (own cookies and storage) at phone width, Vietnamese locale, Vietnam time zone. */
  phone(options?: ContextOptions): Promise<BrowserContext>;
  desktop(options?: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

interface ContextOptions {
  baseURL?: string;
  locale?: string;
}

/**
 * Debian's Chromium through playwright-core; nothing is downloaded. Playwright gives every launch
 * its own temporary user-data directory and removes it on close, and every context starts empty.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60000 });
  const context =
    (viewport: { width: number; height: number }, isMobile: boolean) =>
    async (options: ContextOptions = {}) => {
      const created = await browser.newContext({
        viewport,
        isMobile,
        hasTouch: isMobile,
        deviceScaleFactor: 1,
        locale: options.locale ?? 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        baseURL: options.baseURL,
      });
      created.setDefaultTimeout(15000);
      return created;
    };
  return {
    browser,
    phone: context(PHONE, true),
    desktop: context(DESKTOP, false),
    close: () => browser.close(),
  };
}

/** Saves a full-page screenshot to test/artifacts/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Collects page errors and failed API calls, to explain a failure. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500)
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

/** Elements wider than the viewport: a page at phone width must not scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const box = element.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // Report the outermost offenders only.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5) continue;
      const testid = element.dataset.testid ? `[data-testid=${element.dataset.testid}]` : '';
      const classes =
        element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(
        `${element.tagName.toLowerCase()}${testid}${classes} right=${Math.round(box.right)} > ${width}: "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      );
    }
    return culprits.length > 0 ? culprits : [`document ${document.documentElement.scrollWidth} > ${width}`];
  });
}
