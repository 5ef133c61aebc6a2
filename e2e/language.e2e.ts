import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, expectHeading, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

describe('language switch', () => {
  const app = useApp();
  let page: Page;

  it('switches the interface to English', async () => {
    ({ page } = await app.open());
    await setupFirstAdmin(page);
    await page.getByRole('button', { name: 'Sprache: Deutsch' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expectHeading(page, `Welcome, ${admin.name}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Start page – Strang');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const name of ['Directory', 'Actors & offers', 'Users', 'Audit log', 'Profile']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await checkPage(page, 'english-home');
  });

  it('keeps English after reloading, stored in the profile', async () => {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expectHeading(page, `Welcome, ${admin.name}`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Profile' }).click();
    await expectHeading(page, 'Profile');
    await page.getByRole('button', { name: /Interface language$/ }).waitFor();
    expect(await page.getByRole('button', { name: /Interface language$/ }).innerText()).toContain('English');
  });

  it('shows English messages for German contract errors', async () => {
    await page.getByLabel('Current password').fill('x');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Please enter a password.').first().waitFor();
    await checkPage(page, 'english-profile-errors');
  });

  it('switches back to German', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Deutsch' }).click();
    await expectHeading(page, 'Profil');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  });
});
