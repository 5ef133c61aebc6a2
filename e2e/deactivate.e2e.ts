import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, createLandAndKommune, expectHeading, invite, login, navigate, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

const robin = { name: 'Robin Schulleitung', email: 'robin@schule.example', password: 'Robin-Startet-2025' };

describe('deactivating an account and resetting a password', () => {
  const app = useApp();
  let adminPage: Page;
  let robinPage: Page;

  it('an invited person accepts and is logged in', async () => {
    ({ page: adminPage } = await app.open());
    await setupFirstAdmin(adminPage);
    await createLandAndKommune(adminPage);
    const link = await invite(adminPage, robin, 'Kommune: Köln', 'Fachkraft');
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Schließen' }).first().click();

    ({ page: robinPage } = await app.open());
    await robinPage.goto(new URL(link).pathname);
    await robinPage.getByLabel('Passwort', { exact: true }).fill(robin.password);
    await robinPage.getByLabel('Passwort wiederholen').fill(robin.password);
    await robinPage.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expectHeading(robinPage, `Willkommen, ${robin.name}`);
    // A Fachkraft has no administration pages.
    expect(await robinPage.getByRole('link', { name: 'Benutzer:innen' }).count()).toBe(0);
    await robinPage.goto('/verwaltung/benutzer');
    await expectHeading(robinPage, 'Kein Zugriff');
  });

  it('administration deactivates the account after a confirmation', async () => {
    await adminPage.getByRole('link', { name: robin.name }).click();
    await expectHeading(adminPage, robin.name);
    await adminPage.getByRole('button', { name: 'Zugang deaktivieren' }).click();
    const dialog = adminPage.getByRole('alertdialog', { name: 'Zugang deaktivieren?' });
    await dialog.waitFor();
    await checkPage(adminPage, 'deactivate-dialog');
    await dialog.getByRole('button', { name: 'Zugang deaktivieren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await adminPage.getByRole('status').filter({ hasText: 'Der Zugang wurde deaktiviert.' }).waitFor();
    await adminPage.getByText('Der Zugang ist deaktiviert. Die Person kann sich nicht anmelden.').waitFor();
    await checkPage(adminPage, 'user-deactivated');
  });

  it('the deactivated person is logged out and cannot log in', async () => {
    await robinPage.goto('/profil');
    await robinPage.waitForURL(/\/anmelden/);
    await login(robinPage, robin);
    await robinPage.getByText(/Dieses Konto ist deaktiviert|deaktiviert/).first().waitFor();
    await checkPage(robinPage, 'login-inactive');
  });

  it('administration reactivates the account and the person can log in again', async () => {
    await adminPage.getByRole('button', { name: 'Zugang wieder aktivieren' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Der Zugang wurde wieder aktiviert.' }).waitFor();
    await robinPage.reload();
    await login(robinPage, robin);
    // Back to the page asked for before the login.
    await expectHeading(robinPage, 'Profil');
  });

  it('administration creates a reset link and the person sets a new password with it', async () => {
    await adminPage.getByRole('button', { name: 'Link zum Zurücksetzen des Passworts erstellen' }).click();
    const field = adminPage.getByLabel('Link zum Zurücksetzen des Passworts');
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/\/passwort-zuruecksetzen\/[^/]+$/);

    const { page } = await app.open();
    await page.goto(new URL(link).pathname);
    await expectHeading(page, 'Neues Passwort festlegen');
    await page.getByText(`Legen Sie ein neues Passwort für ${robin.email} fest.`).waitFor();
    await checkPage(page, 'reset-password');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Ganz-Neues-Passwort-1');
    await page.getByLabel('Neues Passwort wiederholen').fill('Ganz-Neues-Passwort-1');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expectHeading(page, 'Anmelden');
    await page.getByText('Ihr Passwort wurde geändert. Sie können sich jetzt mit dem neuen Passwort anmelden.').waitFor();
    await login(page, { email: robin.email, password: 'Ganz-Neues-Passwort-1' });
    await expectHeading(page, `Willkommen, ${robin.name}`);

    await page.goto(new URL(link).pathname);
    await expectHeading(page, 'Link ungültig');
  });

  it('administration cannot deactivate itself', async () => {
    await navigate(adminPage, 'Benutzer:innen');
    await adminPage.getByRole('link', { name: admin.name }).click();
    await expectHeading(adminPage, admin.name);
    await adminPage.getByText('Ihr eigenes Konto können Sie hier nicht deaktivieren.').waitFor();
    expect(await adminPage.getByRole('button', { name: 'Zugang deaktivieren' }).count()).toBe(0);
  });
});
