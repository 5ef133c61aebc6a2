import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, expectHeading, login, logout, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

const modules = [
  'Verzeichnis',
  'Akteure & Angebote',
  'Bedarfe & Lücken',
  'Lernnetzwerk',
  'Netzwerke & Treffen',
  'Beteiligung',
  'Ressourcensteuerung',
  'Übergänge',
  'Ziele',
  'Berichte',
];

describe('first-run setup, logout and login', () => {
  const app = useApp();
  let page: Page;

  it('sends every address to the setup page while no account exists', async () => {
    ({ page } = await app.open());
    await page.goto('/verwaltung/benutzer');
    await page.waitForURL('**/einrichtung');
    await expectHeading(page, 'Strang einrichten');
    expect(await page.title()).toBe('Strang einrichten – Strang');
    await checkPage(page, 'setup');
  });

  it('checks the setup form on the client and links the errors', async () => {
    await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
    await page.getByLabel('Passwort', { exact: true }).fill('kurz');
    await page.getByLabel('Passwort wiederholen').fill('anders');
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
    const summary = page.locator('.kern-alert--danger');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => summary.locator('li').allInnerTexts()).toEqual([
      'Bitte einen Namen angeben.',
      'Bitte eine gültige E-Mail-Adresse angeben.',
      'Das Passwort muss mindestens 10 Zeichen lang sein.',
      'Die Passwörter stimmen nicht überein.',
    ]);
    const email = page.getByLabel('E-Mail-Adresse');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy,
    );
    expect(description).toContain('Bitte eine gültige E-Mail-Adresse angeben.');
    await summary.getByRole('link', { name: 'Bitte eine gültige E-Mail-Adresse angeben.' }).click();
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkPage(page, 'setup-errors');
  });

  it('creates the first administration and shows the start page with every module', async () => {
    await page.getByLabel('E-Mail-Adresse').fill('');
    await setupFirstAdmin(page);
    expect(await page.title()).toBe('Startseite – Strang');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const name of [...modules, 'Startseite', 'Benutzer:innen', 'Organisationseinheiten', 'Protokoll', 'Profil']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await expect.poll(() => page.getByText('Administration – Gesamte Plattform').count()).toBe(1);
    await checkPage(page, 'home');
  });

  it('shows a placeholder for each module', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berichte' }).click();
    await expectHeading(page, 'Berichte');
    expect(page.url()).toMatch(/\/berichte$/);
    await page.getByText('Dieses Modul wird gerade aufgebaut.').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe('H1');
    await checkPage(page, 'module-placeholder');
  });

  it('puts the skip link first and moves focus to the main content', async () => {
    await page.goto('/ziele');
    await expectHeading(page, 'Ziele');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
  });

  it('logs out', async () => {
    await logout(page, admin.name);
    await page.getByText('Sie wurden abgemeldet.').waitFor();
    await page.goto('/profil');
    await page.waitForURL(/\/anmelden\?weiter=%2Fprofil$/);
    await checkPage(page, 'login');
  });

  it('explains a wrong password', async () => {
    await login(page, { email: admin.email, password: 'falsches-passwort' });
    await page.getByText('E-Mail-Adresse oder Passwort sind nicht korrekt.').waitFor();
    expect(await page.getByLabel('Passwort', { exact: true }).inputValue()).toBe('');
    await checkPage(page, 'login-failed');
  });

  it('logs in again and returns to the page asked for', async () => {
    await login(page, admin);
    await page.waitForURL(/\/profil$/);
    await expectHeading(page, 'Profil');
  });

  it('tells after too many failures how many minutes to wait', async () => {
    const { page: other } = await app.open();
    const intruder = { email: 'niemand@strang.example', password: 'falsches-passwort' };
    let message = '';
    for (let attempt = 0; attempt < 8 && !message.includes('Minute'); attempt += 1) {
      await login(other, intruder);
      const alert = other.locator('.kern-alert--danger');
      await alert.waitFor();
      message = await alert.innerText();
      await other.reload();
    }
    expect(message).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in \d+ Minuten? erneut\./);
  });
});
