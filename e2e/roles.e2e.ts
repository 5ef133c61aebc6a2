import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, createLandAndKommune, expectHeading, invite, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

const sam = { name: 'Sam Sozialarbeit', email: 'sam@traeger.example' };

async function membershipRows(page: Page): Promise<string[]> {
  const table = page.getByRole('region', { name: `Rollen und Zuständigkeiten von ${sam.name}` });
  const rows = await table.getByRole('row').allInnerTexts();
  return rows.slice(1).map((row) => row.replace(/\s+/g, ' ').trim());
}

describe('roles and scopes of a person', () => {
  const app = useApp();
  let page: Page;

  it('opens the page of an invited Fachkraft', async () => {
    ({ page } = await app.open());
    await setupFirstAdmin(page);
    await createLandAndKommune(page);
    await invite(page, sam, 'Kommune: Köln', 'Fachkraft');
    await page.getByRole('dialog').getByRole('button', { name: 'Schließen' }).first().click();
    await page.getByRole('link', { name: sam.name }).click();
    await expectHeading(page, sam.name);
    expect(await page.title()).toBe(`${sam.name} – Strang`);
    await expect.poll(() => membershipRows(page)).toEqual(['Fachkraft Kommune: Köln Entfernen']);
  });

  it('grants another role', async () => {
    await chooseOption(page, 'Organisationseinheit', 'Land: Nordrhein-Westfalen');
    await chooseOption(page, 'Rolle', 'Mitglied');
    await page.getByRole('button', { name: 'Rolle zuweisen' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Rolle wurde zugewiesen.' }).waitFor();
    await expect
      .poll(() => membershipRows(page))
      .toEqual(expect.arrayContaining(['Fachkraft Kommune: Köln Entfernen', 'Mitglied Land: Nordrhein-Westfalen Entfernen']));
    await checkPage(page, 'user-detail');
  });

  it('asks before removing a role and removes it', async () => {
    await page.getByRole('button', { name: 'Rolle Fachkraft für Kommune: Köln entfernen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Rolle entfernen?' });
    await dialog.getByText(`Soll ${sam.name} die Rolle Fachkraft für Kommune: Köln verlieren?`).waitFor();
    await checkPage(page, 'remove-role-dialog');
    await dialog.getByRole('button', { name: 'Entfernen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Die Rolle wurde entfernt.' }).waitFor();
    await expect.poll(() => membershipRows(page)).toEqual(['Mitglied Land: Nordrhein-Westfalen Entfernen']);
  });

  it('shows the same roles after reloading and in the list', async () => {
    await page.reload();
    await expectHeading(page, sam.name);
    await expect.poll(() => membershipRows(page)).toEqual(['Mitglied Land: Nordrhein-Westfalen Entfernen']);
    await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
    await expectHeading(page, 'Benutzer:innen');
    const row = page.getByRole('row', { name: new RegExp(sam.name) });
    await expect.poll(() => row.innerText()).toContain('Mitglied – Nordrhein-Westfalen');
    expect(await row.innerText()).not.toContain('Fachkraft');
  });

  it('filters the list by organisational unit and by search', async () => {
    await chooseOption(page, 'Organisationseinheit', 'Kommune: Köln');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/einheit=/);
    await page.getByText('Keine Benutzer:innen gefunden.').waitFor();
    await chooseOption(page, 'Organisationseinheit', 'Alle Organisationseinheiten');
    await page.getByLabel('Name oder E-Mail-Adresse').fill('sam@');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/suche=sam/);
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await checkPage(page, 'users-filtered');
  });
});
