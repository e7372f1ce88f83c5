// Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox (CI runs
// as root), nothing fetched from the network by the browser itself, a fresh profile per launch.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../support/seed.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Screenshots land here (gitignored) so a person can look at them after a run. */
export const SHOTS = path.join(ROOT, 'test-results', 'e2e');

const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  mkdirSync(SHOTS, { recursive: true });
  // playwright wants the profile as launchPersistentContext's argument, not as --user-data-dir.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'plan-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: DESKTOP,
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Console errors, uncaught exceptions and CSP violations of a page: a page that "works" while the
 * CSP blocks one of its scripts should still fail the test.
 */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

// Functions given to page.evaluate run in the browser; the project's tsconfig has no DOM types, so
// they reach the page's globals through `globalThis as any`.

/** True when the page is wider than the viewport (a phone user would scroll sideways). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const g = globalThis as any;
    return g.document.documentElement.scrollWidth > g.innerWidth + 1;
  });
}

/** The focused element's id and text. */
export function focused(page: Page): Promise<{ id: string; text: string }> {
  return page.evaluate(() => {
    const active = (globalThis as any).document.activeElement;
    return { id: active?.id ?? '', text: active?.textContent ?? '' };
  });
}

export function sessionValue(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => (globalThis as any).sessionStorage.getItem(k) as string | null, key);
}

export function setSessionValue(page: Page, key: string, value: string): Promise<void> {
  return page.evaluate(([k, v]) => (globalThis as any).sessionStorage.setItem(k, v), [key, value] as const);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
