import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const chromiumArgs = [
  '--lang=de-DE',
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const shotsDir = process.env.E2E_SHOTS_DIR ?? '/tmp/shots';
const wantShots = !process.env.CI || Boolean(process.env.E2E_SHOTS_DIR);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and requests to other hosts. */
  problems: string[];
}

/** A fresh browser context (own cookies) that records everything that should never happen. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Failed API calls (401 before login, expected 4xx in tests) are reported by the browser too.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
  });
  return { context, page, problems };
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A/AA check; returns the serious and critical findings (the tests expect none). */
export async function seriousA11yViolations(page: Page): Promise<AxeFinding[]> {
  // Legacy mode runs axe inside the page instead of opening a helper page per check: the app has no
  // frames to merge, and it halves the time of every check.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 200)}`),
    }));
}

/**
 * Saves a picture of the page for people to look at. CI keeps no pictures, so there it only takes
 * them when E2E_SHOTS_DIR asks for them.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  if (!wantShots) return '';
  fs.mkdirSync(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
