import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, createLandAndKommune, expectHeading, invite, navigate, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

const kim = { name: 'Kim Koordination', email: 'kim@koeln.example', password: 'Kim-ist-neu-2025' };

describe('invitation', () => {
  const app = useApp();
  let adminPage: Page;
  let linkPath = '';

  it('administration creates a Land and a Kommune', async () => {
    ({ page: adminPage } = await app.open());
    await setupFirstAdmin(adminPage);
    await createLandAndKommune(adminPage);
    const table = adminPage.getByRole('region', { name: 'Organisationseinheiten' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    await checkPage(adminPage, 'scopes');
  });

  it('administration invites a Kommunalkoordination and gets a link to copy', async () => {
    const link = await invite(adminPage, kim, 'Kommune: Köln', 'Kommunalkoordination');
    linkPath = new URL(link).pathname;
    const dialog = adminPage.getByRole('dialog', { name: 'Einladung erstellt' });
    await dialog.getByText(/keine E-Mail versendet|E-Mail mit dem Link wurde an kim@koeln\.example gesendet/).waitFor();
    await dialog.getByRole('button', { name: 'Link kopieren' }).waitFor();
    await checkPage(adminPage, 'invite-created');
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    const row = adminPage.getByRole('row', { name: /Kim Koordination/ });
    await expect.poll(() => row.innerText()).toContain('Kommunalkoordination – Köln');
  });

  it('the invited person sets a password, is logged in and sees the navigation', async () => {
    const { page } = await app.open();
    await page.goto(linkPath);
    await expectHeading(page, 'Einladung annehmen');
    await page.getByText('Sie wurden zu Strang eingeladen: als Kommunalkoordination für Köln.').waitFor();
    expect(await page.getByLabel('Ihr Name').inputValue()).toBe(kim.name);
    await checkPage(page, 'invitation');
    await page.getByLabel('Passwort', { exact: true }).fill(kim.password);
    await page.getByLabel('Passwort wiederholen').fill(kim.password);
    await page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expectHeading(page, `Willkommen, ${kim.name}`);
    await page.getByText('Kommunalkoordination – Kommune: Köln').waitFor();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const name of ['Verzeichnis', 'Berichte', 'Benutzer:innen', 'Protokoll', 'Profil']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await checkPage(page, 'invited-home');
    await navigate(page, 'Benutzer:innen');
    await expectHeading(page, 'Benutzer:innen');
  });

  it('the link works only once', async () => {
    const { page } = await app.open();
    await page.goto(linkPath);
    await expectHeading(page, 'Einladung ungültig');
    await page.getByText(/abgelaufen oder wurde bereits verwendet/).waitFor();
    await checkPage(page, 'invitation-invalid');
  });
});
