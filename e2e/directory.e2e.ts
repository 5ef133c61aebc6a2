import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login, navigate, setupFirstAdmin } from './support/app.js';
import { screenshot } from './support/browser.js';
import { useAppWithSchools } from './support/server-with-schools.js';

const kim = { name: 'Kim Koordination', email: 'kim@koeln.example', password: 'Kim-ist-neu-2025' };
const school = { nummer: '111910', name: 'Städt. Gem. Grundschule Ernstbergstr.' };

/** A JSON call with the page's session (cookies and CSRF token), as the web client makes it. */
async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const session = await page.request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

function status(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

/** Sozialindex and Schulform of every row shown. */
async function rows(page: Page): Promise<Array<{ name: string; schulform: string; index: number | null }>> {
  return page.locator('.app-school-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll('th, td');
      const value = tr.querySelector('.app-sozialindex__value')?.textContent ?? null;
      return { name: cells[0]?.querySelector('a')?.textContent ?? '', schulform: cells[2]?.textContent ?? '', index: value === null ? null : Number(value) };
    }),
  );
}

describe('school directory', () => {
  const app = useAppWithSchools();
  let admin: Page;
  let page: Page;
  let kommuneId = '';
  let listUrl = '';
  let profileUrl = '';

  it('lists all schools of NRW for the administration (no own Kommune)', async () => {
    ({ page: admin } = await app.open());
    await setupFirstAdmin(admin);
    await navigate(admin, 'Verzeichnis');
    await expectHeading(admin, 'Schulverzeichnis');
    await status(admin, '5.407 Schulen gefunden').waitFor();
    expect(await admin.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('');
    await admin.getByText(/Datenquelle: Schuldaten: IT\.NRW/).waitFor();
    await checkPage(admin, 'directory-list-all');
  });

  it('starts with the own Kommune for a Kommunalkoordination of Köln', async () => {
    const { items } = await apiCall<{ items: Array<{ id: string; ags: string }> }>(admin, 'GET', '/api/directory/kommunen?q=K%C3%B6ln');
    kommuneId = items.find((k) => k.ags === '05315000')!.id;
    const invitation = await apiCall<{ link: string }>(admin, 'POST', '/api/users/invitations', {
      email: kim.email,
      name: kim.name,
      scopeId: kommuneId,
      role: 'kommunalkoordination',
    });
    ({ page } = await app.open());
    await page.goto(new URL(invitation.link, app.url).pathname);
    await expectHeading(page, 'Einladung annehmen');
    await page.getByLabel('Passwort', { exact: true }).fill(kim.password);
    await page.getByLabel('Passwort wiederholen').fill(kim.password);
    await page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expectHeading(page, `Willkommen, ${kim.name}`);

    await navigate(page, 'Verzeichnis');
    await expectHeading(page, 'Schulverzeichnis');
    await page.waitForURL(new RegExp(`kommune=${kommuneId}`));
    await status(page, '305 Schulen gefunden').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('Köln');
  });

  it('filters by Kommune, Schulform and Sozialindex 7–9', async () => {
    // The Kommune is picked through the combo box (typing filters the 396 entries).
    const combo = page.getByRole('combobox', { name: 'Kommune' });
    await combo.fill('');
    await combo.fill('Köl');
    await page.getByRole('option', { name: /^Köln\b/ }).click();
    await expect.poll(() => combo.inputValue()).toBe('Köln');
    await page.getByRole('checkbox', { name: 'Grundschule', exact: true }).check();
    // "von" above "bis" is caught before anything is sent.
    await chooseOption(page, 'Sozialindex von', '9');
    await chooseOption(page, 'Sozialindex bis', '7');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.getByRole('link', { name: 'Der Sozialindex „von“ darf nicht größer sein als „bis“.' }).waitFor();
    expect(page.url()).not.toMatch(/schulform=/);
    await chooseOption(page, 'Sozialindex von', '7');
    await chooseOption(page, 'Sozialindex bis', '9');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/schulform=Grundschule.*index-von=7.*index-bis=9/);
    await status(page, '31 Schulen gefunden').waitFor();
    const shown = await rows(page);
    expect(shown).toHaveLength(25);
    for (const row of shown) {
      expect(row.schulform).toBe('Grundschule');
      expect(row.index).toBeGreaterThanOrEqual(7);
    }
    await checkPage(page, 'directory-list-filtered');
  });

  it('sorts by Sozialindex on the server, both ways, with aria-sort', async () => {
    const header = page.getByRole('columnheader', { name: 'Sozialindex' });
    await header.getByRole('link').click();
    await page.waitForURL(/sortierung=sozialindex/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBeNull();
    await expect.poll(async () => (await rows(page))[0]?.index).toBe(7);
    await header.getByRole('link').click();
    await page.waitForURL(/richtung=ab/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await rows(page))[0]?.index).toBe(9);
    const indexes = (await rows(page)).map((r) => r.index ?? 0);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));
  });

  it('pages through the result and keeps everything in the address', async () => {
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.waitForURL(/seite=2/);
    await page.getByText('Einträge 26–31 von 31').waitFor();
    await expect.poll(async () => (await rows(page)).length).toBe(6);
    listUrl = page.url();
    await page.reload();
    await expectHeading(page, 'Schulverzeichnis');
    await page.getByText('Einträge 26–31 von 31').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('Köln');
    expect(await page.getByRole('button', { name: /^7 Sozialindex von$/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Grundschule', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Sozialindex' }).getAttribute('aria-sort')).toBe('descending');
    await screenshot(page, 'directory-list-1280');
  });

  it('finds a school by its Schulnummer', async () => {
    await page.getByLabel('Name, Schulnummer oder Ort').fill(school.nummer);
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/suche=111910/);
    await status(page, '1 Schule gefunden').waitFor();
    expect(page.url()).not.toMatch(/seite=/);
    const found = await rows(page);
    expect(found.map((r) => r.name)).toEqual([school.name]);
  });

  it('opens the Standortprofil with all figures', async () => {
    await page.getByRole('link', { name: school.name }).click();
    await expectHeading(page, school.name);
    profileUrl = page.url();
    expect(await page.title()).toBe(`Standortprofil ${school.name} – Strang`);
    const figures = page.getByRole('region', { name: 'Eckdaten' });
    const text = (await figures.innerText()).replace(/\s+/g, ' ');
    for (const part of ['Schulnummer 111910', 'Grundschule', 'Ernstbergstr. 2, 50765 Köln', 'Schüler:innen 280', 'Sozialindex 7 von 9', 'Startchancen-Schule Startchancen', '51,03963° N, 6,88271° O']) {
      expect(text).toContain(part);
    }
    await figures.getByRole('link', { name: 'Köln' }).waitFor();
    for (const heading of ['Akteure', 'Angebote', 'Kooperationen', 'Abdeckung']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    await expect.poll(() => page.getByText('Noch keine Einträge.').count()).toBe(4);
    await page.getByText('In Köln sind noch keine Sozialräume angelegt.').waitFor();
    await page.getByText(/Datenquelle: Schuldaten/).waitFor();
    await checkPage(page, 'directory-profile-1280');
  });

  it('creates Sozialräume on the Kommune page', async () => {
    await page.getByRole('link', { name: 'Sozialräume auf der Seite der Kommune anlegen' }).click();
    await expectHeading(page, 'Köln');
    const figures = (await page.getByRole('region', { name: 'Eckdaten' }).innerText()).replace(/\s+/g, ' ');
    expect(figures).toContain('Amtlicher Gemeindeschlüssel 05315000');
    expect(figures).toContain('Kreisfreie Stadt');
    expect(figures).toContain('Schulen 305');
    await page.getByText('Es sind noch keine Sozialräume angelegt.').waitFor();

    // The name is required; the summary links to the field.
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await page.getByRole('link', { name: 'Bitte einen Namen angeben.' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Chorweiler');
    await page.getByLabel(/^Beschreibung/).fill('Chorweiler, Blumenberg, Heimersdorf');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await status(page, 'Der Sozialraum Chorweiler wurde angelegt.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Nippes');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await status(page, 'Der Sozialraum Nippes wurde angelegt.').waitFor();

    // The same name twice is refused with the server's message at the field.
    await page.getByLabel('Name', { exact: true }).fill('chorweiler');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await page.getByRole('link', { name: 'Diesen Namen gibt es hier bereits.' }).waitFor();

    const table = page.getByRole('region', { name: 'Sozialräume in Köln' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await table.getByRole('row', { name: /Chorweiler/ }).getByRole('link', { name: '0 Schulen im Sozialraum Chorweiler' }).waitFor();
    await checkPage(page, 'directory-kommune-1280');
  });

  it('assigns the school to a Sozialraum and shows it on the profile', async () => {
    await page.goto(new URL(profileUrl).pathname);
    await expectHeading(page, school.name);
    await chooseOption(page, 'Sozialraum', 'Chorweiler');
    await page.getByRole('button', { name: 'Zuordnung speichern' }).click();
    await status(page, 'Die Schule gehört jetzt zum Sozialraum Chorweiler.').waitFor();
    const figures = page.getByRole('region', { name: 'Eckdaten' });
    await figures.getByRole('link', { name: 'Chorweiler' }).waitFor();
    await page.getByText('Die Schule gehört zum Sozialraum Chorweiler.').waitFor();
    await checkPage(page, 'directory-profile-assigned');
  });

  it('filters the list by the Sozialraum', async () => {
    await page.getByRole('region', { name: 'Eckdaten' }).getByRole('link', { name: 'Chorweiler' }).click();
    await expectHeading(page, 'Schulverzeichnis');
    await page.waitForURL(/sozialraum=/);
    await status(page, '1 Schule gefunden').waitFor();
    expect((await rows(page)).map((r) => r.name)).toEqual([school.name]);
    await page.getByRole('button', { name: /Chorweiler.*Sozialraum$/ }).waitFor();
    await page.getByRole('columnheader', { name: 'Sozialraum' }).waitFor();
    await checkPage(page, 'directory-list-sozialraum');
  });

  it('reports a concurrent change of the assignment and saves after reloading', async () => {
    await page.goto(new URL(profileUrl).pathname);
    await expectHeading(page, school.name);
    await page.getByText('Die Schule gehört zum Sozialraum Chorweiler.').waitFor();
    // Someone else removes the assignment meanwhile; the page still holds the old version.
    const current = await apiCall<{ id: string; version: number }>(page, 'GET', `/api/directory/schulen/${new URL(profileUrl).pathname.split('/').pop()}`);
    await apiCall(page, 'PUT', `/api/directory/schulen/${current.id}/sozialraum`, { sozialraumId: null, version: current.version });

    await chooseOption(page, 'Sozialraum', 'Nippes');
    await page.getByRole('button', { name: 'Zuordnung speichern' }).click();
    await page.getByText(/Die Daten wurden inzwischen geändert/).waitFor();
    await page.getByText('Die Schule ist noch keinem Sozialraum zugeordnet.').waitFor();
    await checkPage(page, 'directory-profile-conflict');
    await page.getByRole('button', { name: 'Zuordnung speichern' }).click();
    await status(page, 'Die Schule gehört jetzt zum Sozialraum Nippes.').waitFor();
    await page.getByText('Die Schule gehört zum Sozialraum Nippes.').waitFor();
  });

  it('renames and deletes a Sozialraum on the Kommune page', async () => {
    await page.getByRole('region', { name: 'Eckdaten' }).getByRole('link', { name: 'Köln' }).click();
    await expectHeading(page, 'Köln');
    const table = page.getByRole('region', { name: 'Sozialräume in Köln' });
    await table.getByRole('link', { name: '1 Schule im Sozialraum Nippes' }).waitFor();

    await page.getByRole('button', { name: 'Sozialraum Nippes umbenennen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sozialraum Nippes umbenennen' });
    await dialog.getByLabel('Name', { exact: true }).fill('Nippes und Riehl');
    await checkPage(page, 'directory-rename-dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status(page, 'Der Sozialraum heißt jetzt Nippes und Riehl.').waitFor();

    await page.getByRole('button', { name: 'Sozialraum Chorweiler löschen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sozialraum löschen?' });
    await confirm.getByText(/Soll der Sozialraum Chorweiler gelöscht werden\?/).waitFor();
    await checkPage(page, 'directory-delete-dialog');
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await status(page, 'Der Sozialraum Chorweiler wurde gelöscht.').waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    await page.getByRole('link', { name: 'Alle Schulen dieser Kommune' }).click();
    await expectHeading(page, 'Schulverzeichnis');
    await status(page, '305 Schulen gefunden').waitFor();
  });

  it('resets the filters to all of NRW and keeps that on reload', async () => {
    await page.goto(listUrl);
    await expectHeading(page, 'Schulverzeichnis');
    await status(page, '31 Schulen gefunden').waitFor();
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.waitForURL(/kommune=alle/);
    await status(page, '5.407 Schulen gefunden').waitFor();
    await page.reload();
    await status(page, '5.407 Schulen gefunden').waitFor();
    expect(await page.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('');
  });

  it('fits a 320 px wide screen: list, profile and Kommune page', async () => {
    const { page: narrow } = await app.open({ viewport: { width: 320, height: 740 } });
    await login(narrow, kim);
    await expectHeading(narrow, `Willkommen, ${kim.name}`);
    await narrow.goto(new URL(listUrl).pathname + new URL(listUrl).search);
    await expectHeading(narrow, 'Schulverzeichnis');
    await status(narrow, '31 Schulen gefunden').waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'directory-list-320');

    await narrow.goto(new URL(profileUrl).pathname);
    await expectHeading(narrow, school.name);
    await narrow.getByRole('button', { name: 'Zuordnung speichern' }).waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'directory-profile-320');

    await narrow.goto(`/verzeichnis/kommunen/${kommuneId}`);
    await expectHeading(narrow, 'Köln');
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'directory-kommune-320');
  });

  it('offers no Sozialraum forms in another Kommune', async () => {
    const { items } = await apiCall<{ items: Array<{ id: string; kommuneId: string; kommuneName: string; name: string }> }>(
      page,
      'GET',
      '/api/directory/schulen?q=Bonn&pageSize=50',
    );
    const bonn = items.find((s) => s.kommuneName === 'Bonn')!;
    await page.goto(`/verzeichnis/schulen/${bonn.id}`);
    await expectHeading(page, bonn.name);
    await page.getByText('In Bonn sind noch keine Sozialräume angelegt.').waitFor();
    expect(await page.getByRole('link', { name: 'Sozialräume auf der Seite der Kommune anlegen' }).count()).toBe(0);
    await page.goto(`/verzeichnis/kommunen/${bonn.kommuneId}`);
    await expectHeading(page, 'Bonn');
    await page.getByText('Es sind noch keine Sozialräume angelegt.').waitFor();
    expect(await page.getByRole('heading', { name: 'Sozialraum anlegen' }).count()).toBe(0);
  });

  it('shows a not-found page for an unknown school', async () => {
    await page.goto('/verzeichnis/schulen/00000000-0000-4000-8000-000000000000');
    await expectHeading(page, 'Schule nicht gefunden');
    await checkPage(page);
  });
});
