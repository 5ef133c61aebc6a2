import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, expectHeading, login, navigate, setupFirstAdmin } from './support/app.js';
import { screenshot } from './support/browser.js';
import { useApp } from './support/suite.js';

async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  await page.locator('h1').first().waitFor();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(width);
}

const pages = ['/', '/verzeichnis', '/verwaltung/benutzer', '/verwaltung/organisationseinheiten', '/verwaltung/protokoll', '/profil', '/gibt-es-nicht'];

describe('404, narrow screens and zoom', () => {
  const app = useApp();

  it('shows a 404 page before anybody is logged in', async () => {
    const { page } = await app.open();
    await setupFirstAdmin(page);
    const { page: guest } = await app.open();
    await guest.goto('/gibt-es-nicht');
    await expectHeading(guest, 'Seite nicht gefunden');
    expect(await guest.title()).toBe('Seite nicht gefunden – Strang');
    await guest.getByText('Die Adresse /gibt-es-nicht gibt es in Strang nicht.', { exact: false }).waitFor();
    await checkPage(guest, '404');
  });

  it('shows the 404 page inside the layout when logged in', async () => {
    const { page } = await app.open();
    await login(page, admin);
    await expectHeading(page, `Willkommen, ${admin.name}`);
    await page.goto('/verwaltung/gibt-es-nicht-mehr');
    await expectHeading(page, 'Seite nicht gefunden');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await checkPage(page, '404-logged-in');
  });

  it('shows a visible focus ring on every keyboard stop', async () => {
    const { page } = await app.open();
    await login(page, admin);
    await expectHeading(page, `Willkommen, ${admin.name}`);
    await page.reload();
    await expectHeading(page, `Willkommen, ${admin.name}`);
    const stops: string[] = [];
    for (let i = 0; i < 32; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // Stretched card links draw their ring on ::after, which covers the whole card.
        const ring = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const visible = ring(getComputedStyle(el)) || ring(getComputedStyle(el, '::after'));
        return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), visible };
      });
      if (!stop) continue;
      expect(stop.visible, `focus ring on "${stop.name}"`).toBe(true);
      stops.push(stop.name);
      if (stop.name === 'Verzeichnis') await screenshot(page, `focus-ring-${stops.length}`, false);
    }
    expect(stops[0]).toBe('Zum Inhalt springen');
    expect(stops).toEqual(expect.arrayContaining(['Strang – zur Startseite', 'Sprache: Deutsch', admin.name, 'Startseite', 'Verzeichnis']));
  });

  it('works at 320 px width without horizontal scrolling', async () => {
    const { page } = await app.open({ viewport: { width: 320, height: 720 } });
    await page.goto('/anmelden');
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, 'w320-login');
    await login(page, admin);
    await expectHeading(page, `Willkommen, ${admin.name}`);
    for (const path of pages) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, 320);
      await checkPage(page);
    }
    await page.goto('/');
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, 'w320-home');
    await page.getByRole('button', { name: 'Menü' }).click();
    await screenshot(page, 'w320-menu-open', false);
    await navigate(page, 'Benutzer:innen');
    await expectHeading(page, 'Benutzer:innen');
    expect(await page.getByRole('button', { name: 'Menü' }).getAttribute('aria-expanded')).toBe('false');
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, 'w320-users');
    await page.getByRole('button', { name: 'Person einladen' }).click();
    await page.getByRole('dialog', { name: 'Person einladen' }).waitFor();
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, 'w320-invite', false);
    await page.keyboard.press('Escape');
    await page.goto('/profil');
    await expectNoHorizontalScroll(page, 320);
    await screenshot(page, 'w320-profile');
  });

  it('works at 200 % zoom (1280 px window)', async () => {
    const { page } = await app.open({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await login(page, admin);
    await expectHeading(page, `Willkommen, ${admin.name}`);
    for (const path of pages) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, 640);
    }
    await page.goto('/verwaltung/benutzer');
    await expectHeading(page, 'Benutzer:innen');
    await screenshot(page, 'zoom200-users');
  });
});
