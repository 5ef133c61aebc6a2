import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, expectHeading, login, logout, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

describe('own profile and password', () => {
  const app = useApp();
  let page: Page;

  it('opens the profile from the account menu', async () => {
    ({ page } = await app.open());
    await setupFirstAdmin(page);
    await page.getByRole('button', { name: admin.name }).click();
    await page.getByRole('menuitem', { name: 'Profil' }).click();
    await expectHeading(page, 'Profil');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(admin.email);
    await checkPage(page, 'profile');
  });

  it('changes the name', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Alex Amtsleitung');
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Änderungen wurden gespeichert.' }).waitFor();
    await page.getByRole('button', { name: 'Alex Amtsleitung' }).waitFor();
  });

  it('reports a change made elsewhere in the meantime (409)', async () => {
    const { page: other } = await app.open();
    await login(other, admin);
    await expectHeading(other, 'Willkommen, Alex Amtsleitung');
    await other.goto('/profil');
    await expectHeading(other, 'Profil');
    await other.getByLabel('Name', { exact: true }).fill('Alex aus dem zweiten Fenster');
    await other.getByRole('button', { name: 'Angaben speichern' }).click();
    await other.getByRole('status').filter({ hasText: 'Die Änderungen wurden gespeichert.' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Alex aus dem ersten Fenster');
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await page.getByText(/Die Daten wurden inzwischen geändert/).waitFor();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Alex aus dem zweiten Fenster');
    await checkPage(page, 'profile-conflict');
  });

  it('shows a wrong current password next to the field', async () => {
    await page.getByLabel('Bisheriges Passwort').fill('das-ist-falsch-123');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Neues-Passwort-2026');
    await page.getByLabel('Neues Passwort wiederholen').fill('Neues-Passwort-2026');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    const current = page.getByLabel('Bisheriges Passwort');
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await current.getAttribute('aria-describedby')) ?? '';
    const text = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
    expect(text.trim().length).toBeGreaterThan(0);
    await checkPage(page, 'password-wrong');
  });

  it('changes the password, and the new one works', async () => {
    await page.getByLabel('Bisheriges Passwort').fill(admin.password);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Neues-Passwort-2026');
    await page.getByLabel('Neues Passwort wiederholen').fill('Neues-Passwort-2026');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Passwort wurde geändert.' }).waitFor();
    expect(await page.getByLabel('Bisheriges Passwort').inputValue()).toBe('');
    await logout(page, 'Alex aus dem zweiten Fenster');
    await login(page, { email: admin.email, password: admin.password });
    await page.getByText('E-Mail-Adresse oder Passwort sind nicht korrekt.').waitFor();
    await login(page, { email: admin.email, password: 'Neues-Passwort-2026' });
    await expectHeading(page, 'Willkommen, Alex aus dem zweiten Fenster');
  });
});
