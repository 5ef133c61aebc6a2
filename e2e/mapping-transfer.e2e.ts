import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { loadConfig } from '../src/server/core/config.js';
import { importSchools } from '../src/server/modules/directory/use-cases/import-schools.js';
import { createAdmin } from '../src/server/modules/identity/use-cases/create-admin.js';
import { findKommuneByAgs } from '../src/server/modules/mapping/import-export/transfer.repository.js';
import { prepareDatabase, startServer, type Running } from '../src/server/runtime.js';
import { migratedTemplate } from '../src/server/testing/database-template.js';
import { checkPage, expectHeading, login } from './support/app.js';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser.js';

const person = { name: 'Kim Koordination', email: 'kim@strang.example', password: 'Sehr-geheim-2025!' };
const KOELN = '05315000';

/** The schools of Köln from the bundled NRW list, so the import can place actors at real Schulnummern. */
function koelnSchools(): { csv: string; schulnummern: string[] } {
  const lines = fs.readFileSync('data/nrw-schulen/schulen_nrw_2024_25.csv', 'utf8').split(/\r?\n/);
  const rows = lines.filter((l) => l.includes(',5315000,'));
  return { csv: [lines[0], ...rows].join('\n'), schulnummern: rows.slice(0, 2).map((l) => l.split(',')[4]!) };
}

describe('import and export of actors and offers', () => {
  let running: Running;
  let browser: Browser;
  let dataDir: string;
  let kommuneId: string;
  let schulnummern: string[];
  const pages: TestPage[] = [];
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-e2e-transfer-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STRANG_DATA_DIR: dataDir, STRANG_WEB_DIR: './dist/web', LOG_LEVEL: 'warn' });
    if (!fs.existsSync(path.join(config.webDir, 'index.html'))) throw new Error('dist/web fehlt: erst npm run build:web ausführen');
    const database = await prepareDatabase(config, { template: await migratedTemplate() });
    const schools = koelnSchools();
    schulnummern = schools.schulnummern;
    const report = await importSchools(database.db, { content: schools.csv, actor: null });
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    await createAdmin(database.db, person);
    kommuneId = (await findKommuneByAgs(database.db, KOELN))!.id;
    [running, browser] = await Promise.all([startServer(config, { database, logger: false }), launchBrowser()]);
    const opened = await openPage(browser, running.url.replace('localhost', '127.0.0.1'));
    pages.push(opened);
    page = opened.page;
  });

  afterAll(async () => {
    const problems = pages.flatMap((p) => p.problems);
    await browser?.close();
    await running?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    expect(problems, 'browser problems').toEqual([]);
  });

  const panel = (name: string): Locator => page.getByRole('region', { name });
  const akteure = () => panel('Akteure importieren und exportieren');
  const angebote = () => panel('Angebote importieren und exportieren');

  async function choose(region: Locator, label: string, name: string, content: string) {
    await region.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  }

  const countOf = (kind: 'akteure' | 'angebote') =>
    page.evaluate(async (url) => ((await (await fetch(url)).json()) as { total: number }).total, `/api/mapping/kommunen/${kommuneId}/${kind}`);

  it('shows the page for the chosen Kommune', async () => {
    await page.goto('/anmelden');
    await login(page, person);
    await expectHeading(page, `Willkommen, ${person.name}`);
    await page.goto(`/akteure/import-export?kommune=${kommuneId}`);
    await expectHeading(page, 'Importieren / Exportieren');
    await akteure().getByRole('link', { name: 'Akteure als CSV herunterladen' }).waitFor();
    await checkPage(page, 'mapping-transfer');
  });

  it('imports nothing from a file with a broken row and shows the row', async () => {
    const broken = ['Name;Art;Kreis;Standorte (Schulnummern)', `Jugendamt Köln;Jugendamt;Kernteam vor Ort;${schulnummern[0]}`, 'Lesefreunde e. V.;Verein;Vorstand;'].join('\r\n');
    await choose(akteure(), 'Datei mit Akteuren', 'akteure-kaputt.csv', broken);
    await akteure().getByRole('button', { name: 'Importieren' }).click();
    const alert = akteure().getByRole('alert').filter({ hasText: 'Die Datei enthält 1 Fehler. Es wurde nichts gespeichert.' });
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('Zeile 3, Spalte „Kreis“: „Vorstand“ ist kein Kreis.');
    const table = akteure().getByRole('region', { name: 'Fehler nach Zeile' });
    const cells = await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3', 'Kreis']);
    expect(await countOf('akteure')).toBe(0);
    await checkPage(page, 'mapping-transfer-errors');
  });

  it('checks, then imports a good file of actors and of offers', async () => {
    const good = [
      'Name;Art;Kreis;Beschreibung;Funktion (Kontakt);E-Mail (Kontakt);Telefon (Kontakt);Standorte (Schulnummern);Geteilt',
      `Jugendamt Köln;Jugendamt;Kernteam vor Ort;Hilfen zur Erziehung;Leitung;jugendamt@example.org;0221 221-0;${schulnummern[0]};ja`,
      `Lesefreunde e. V.;Verein;Externe Partner:innen;=Vorlesen;;;+49 221 555;"${schulnummern[0]}, ${schulnummern[1]}";nein`,
    ].join('\r\n');
    await choose(akteure(), 'Datei mit Akteuren', 'akteure.csv', good);
    await akteure().getByRole('button', { name: 'Prüfen' }).click();
    await akteure().getByRole('status').filter({ hasText: 'Die Datei ist in Ordnung. Es wurde noch nichts gespeichert.' }).waitFor();
    await akteure().getByText('2 Zeilen gelesen: 2 neu, 0 geändert, 0 unverändert.').waitFor();
    expect(await countOf('akteure')).toBe(0);

    await akteure().getByRole('button', { name: 'Importieren' }).click();
    await akteure().getByRole('status').filter({ hasText: 'Die Akteure wurden eingelesen.' }).waitFor();
    await akteure().getByText('2 Zeilen gelesen: 2 neu, 0 geändert, 0 unverändert.').waitFor();
    expect(await countOf('akteure')).toBe(2);

    const offers = [
      'Titel;Träger;Handlungsfeld;Ebene;Altersphasen;Standorte (Schulnummern);Stunden pro Woche;Finanzierung;Beginn;Ende',
      `Leseclub;Lesefreunde e. V.;Leseförderung;Schüler:innen;Grundschule;${schulnummern[0]};2,5;Startchancen;01.09.2026;31.07.2027`,
    ].join('\r\n');
    await choose(angebote(), 'Datei mit Angeboten', 'angebote.csv', offers);
    await angebote().getByRole('button', { name: 'Importieren' }).click();
    await angebote().getByRole('status').filter({ hasText: 'Die Angebote wurden eingelesen.' }).waitFor();
    expect(await countOf('angebote')).toBe(1);
    await checkPage(page, 'mapping-transfer-imported');
  });

  it('downloads the actors as CSV with BOM and the header line', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), akteure().getByRole('link', { name: 'Akteure als CSV herunterladen' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^akteure-koeln-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFName;Art;Kreis;Beschreibung;Funktion (Kontakt);E-Mail (Kontakt);Telefon (Kontakt);Standorte (Schulnummern);Geteilt\r\n')).toBe(true);
    expect(text).toContain("Lesefreunde e. V.;Verein;Externe Partner:innen;'=Vorlesen;;;'+49 221 555;");

    const [xlsx] = await Promise.all([page.waitForEvent('download'), angebote().getByRole('link', { name: 'Angebote als Excel-Datei (XLSX) herunterladen' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^angebote-koeln-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('re-imports its own export without changes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), akteure().getByRole('link', { name: 'Akteure als CSV herunterladen' }).click()]);
    // The browser keeps the download under a temporary name without extension: give it its name back.
    await akteure()
      .getByLabel('Datei mit Akteuren')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: fs.readFileSync(await download.path()) });
    await akteure().getByRole('button', { name: 'Prüfen' }).click();
    await akteure().getByText('2 Zeilen gelesen: 0 neu, 0 geändert, 2 unverändert.').waitFor();
    await screenshot(page, 'mapping-transfer-reimport');
  });
});
