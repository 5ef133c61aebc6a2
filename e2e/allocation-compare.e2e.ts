import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SzenarioKopf, Vergleich } from '../src/domain/allocation/contracts.js';
import type { Db } from '../src/server/core/db.js';
import { seedDemoAllocation } from '../src/server/modules/allocation/demo/seed-demo-allocation.js';
import { bundledSchoolFile } from '../src/server/modules/directory/index.js';
import { importSchools } from '../src/server/modules/directory/use-cases/import-schools.js';
import { findScopeByCode } from '../src/server/modules/identity/identity.repository.js';
import { TEST_PASSWORD } from '../src/server/testing/factories.js';
import { checkPage, chooseOption, expectHeading, login } from './support/app.js';
import { screenshot } from './support/browser.js';
import { apiClient, buildPerson, type Person } from './support/nrw-world.js';
import { useAppWith } from './support/suite.js';

/** Coordinates Köln, like the demo account koordination@demo.strang.de. */
const kai: Person = { name: 'Kai Koordination', email: 'kai@koeln.example', password: TEST_PASSWORD };
const nameA = 'Köln: 40 FTE Schulsozialarbeit über die Grundschulen';
const nameB = 'Köln: 40 FTE Schulsozialarbeit – Variante ab Sozialindex 5 mit Sockel';

const de = (n: number, places = 2) => n.toLocaleString('de-DE', { maximumFractionDigits: places });
const perThousand = (n: number) => (n * 1000).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = (n: number) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${de(Math.abs(n))}`);

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The cells of a table row (row header first), found by the row header's text. */
async function rowCells(page: Page, tableLabel: string, rowHeader: string): Promise<string[]> {
  const row = page.getByRole('region', { name: tableLabel }).locator('tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${rowHeader}$`) }) });
  return (await row.locator('th, td').allInnerTexts()).map((s) => s.trim());
}

/** The Köln rows of the bundled NRW school list (the third column is the AGS). */
function koelnSchools(): string {
  const [header, ...rows] = fs.readFileSync(bundledSchoolFile, 'utf8').split('\n');
  return [header, ...rows.filter((row) => row.split(',')[2] === '5315000')].join('\n');
}

/** Köln's real schools and the two Köln demo scenarios of `npm run demo`. */
async function buildDemoKoeln(db: Db): Promise<void> {
  const report = await importSchools(db, { content: koelnSchools(), actor: null });
  if (!report.ok) throw new Error(`Import der Kölner Schulen fehlgeschlagen: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const koeln = await findScopeByCode(db, 'kommune', '05315000');
  if (!koeln) throw new Error('Köln fehlt in den Schuldaten.');
  const kaiId = await buildPerson(db, kai, 'kommunalkoordination', koeln.id);
  await seedDemoAllocation({ db, scopes: { koeln: koeln.id }, users: { koordination: kaiId } });
}

describe('comparing allocation scenarios and the shared read-only view', () => {
  const app = useAppWith(buildDemoKoeln, { timeout: 120_000 });
  let page: Page;
  let a = '';
  let b = '';
  let send: Awaited<ReturnType<typeof apiClient>>;
  let vergleich: Vergleich;

  it('compares the two Köln scenarios: cards, level table, chart text, changed schools and a school link', async () => {
    send = await apiClient(app.url, kai);
    const { items } = await send<{ items: SzenarioKopf[] }>('GET', '/api/verteilung/szenarien?archiviert=alle');
    a = items.find((s) => s.name === nameA)!.id;
    b = items.find((s) => s.name === nameB)!.id;
    vergleich = await send<Vergleich>('GET', `/api/verteilung/vergleich?ids=${a},${b}`);

    ({ page } = await app.open());
    await login(page, kai);
    await expectHeading(page, /Kai Koordination/);
    await page.goto('/ressourcen/vergleich');
    await expectHeading(page, 'Szenarien vergleichen');
    await page.getByText('Wählen Sie mindestens zwei Szenarien', { exact: false }).waitFor();

    // Nothing chosen: the summary names both rows.
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await expect.poll(() => page.locator('.kern-alert--danger').first().innerText()).toContain('Bitte wählen Sie ein Szenario für B.');
    await chooseOption(page.getByRole('group', { name: /^Szenario A/ }), 'Szenario', new RegExp(`^${nameA}`));
    await chooseOption(page.getByRole('group', { name: /^Szenario B/ }), 'Szenario', new RegExp(`^${nameB}`));
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ids')).toBe(`${a},${b}`);

    const cards = page.getByRole('list', { name: 'Verglichene Szenarien' });
    await expect.poll(() => cards.getByRole('heading').allInnerTexts()).toEqual([nameA, nameB]);
    await expect.poll(() => cards.innerText()).toMatch(/Sainte-Laguë/);

    // The level table: the same figures as the API, in German.
    const nine = vergleich.stufen.find((s) => s.sozialindex === 9)!;
    await expect
      .poll(() => rowCells(page, 'Summen je Sozialindex-Stufe', 'Stufe 9'))
      .toEqual(['Stufe 9', de(nine.schulen), de(nine.schueler), de(nine.summen[0]!), de(nine.summen[1]!), signed(nine.differenzen[1]!), perThousand(nine.proSchueler[0]!), perThousand(nine.proSchueler[1]!)]);
    expect(await rowCells(page, 'Summen je Sozialindex-Stufe', 'Gesamt')).toEqual(expect.arrayContaining(['Gesamt', '40', '0']));

    // The chart: one image with a title, described by a text that names the highest level of each scenario.
    const chart = page.getByRole('img', { name: 'Ressourcen je Schüler:in gegen den Sozialindex' });
    const descId = await chart.getAttribute('aria-describedby');
    const description = await page.locator(`[id="${descId}"]`).innerText();
    expect(description).toContain(`am meisten in Stufe 9 (${perThousand(nine.proSchueler[0]!)})`);
    expect(description).toContain(`B (${nameB})`);
    expect(description).toContain('Alle Werte stehen in der Tabelle „Summen je Sozialindex-Stufe“.');
    await checkPage(page, 'cmp-01-compare');

    // Only the schools whose amount differs, sorted by the difference, largest first.
    const changed = vergleich.schulen.filter((s) => s.differenzen[1] !== 0);
    const total = vergleich.schulen.length;
    const count = page.locator('.app-cmp-count');
    await expect.poll(() => count.innerText()).toBe(`${de(total)} von ${de(total)} Schulen`);
    await page.getByLabel(/^Nur Schulen mit Unterschied/).check();
    await expect.poll(() => count.innerText()).toBe(`${de(changed.length)} von ${de(total)} Schulen`);
    expect(new URL(page.url()).searchParams.get('nur')).toBe('geaendert');
    const schools = page.getByRole('region', { name: /^Menge je Schule/ });
    await page.getByRole('button', { name: /^Unterschied B/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sortierung')).toBe('unterschied-B');
    const largest = [...changed].sort((x, y) => y.differenzen[1]! - x.differenzen[1]!)[0]!;
    await expect.poll(() => schools.locator('tbody tr').first().locator('td').last().innerText()).toBe(signed(largest.differenzen[1]!));
    const diffs = await schools.locator('tbody tr td:last-child').allInnerTexts();
    expect(diffs).toHaveLength(Math.min(50, changed.length));
    expect(diffs.every((d) => d !== '0')).toBe(true);
    await screenshot(page, 'cmp-02-changed-sorted');

    // Search, then follow the school to its explanation in scenario A.
    const target = changed.find((s) => s.mengen[0] !== null)!;
    await page.getByRole('searchbox', { name: 'Schule suchen' }).fill(target.schulnummer);
    await expect.poll(() => count.innerText()).toBe(`1 von ${de(total)} Schulen`);
    await schools.getByRole('link', { name: target.name }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/ressourcen/szenarien/${a}/schulen/${target.schuleId}`);
    await expectHeading(page, target.name);
    await page.goBack();
    await expectHeading(page, 'Szenarien vergleichen');
    await expect.poll(() => count.innerText()).toBe(`1 von ${de(total)} Schulen`);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/ressourcen/vergleich?ids=${a},${b}`);
    await expectHeading(page, 'Szenarien vergleichen');
    await chart.waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'cmp-03-compare-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says in German what is wrong with bad ids in the address', async () => {
    await page.goto('/ressourcen/vergleich?ids=xyz,abc');
    await expectHeading(page, 'Szenarien vergleichen');
    const alert = page.getByRole('alert').filter({ hasText: 'Diese Adresse enthält keinen gültigen Vergleich' });
    await expect.poll(() => alert.innerText()).toContain('„xyz“ ist keine Szenario-Kennung');
    await checkPage(page, 'cmp-04-bad-ids');

    // Well-formed, but no such scenario: the server's answer.
    await page.goto(`/ressourcen/vergleich?ids=${a},00000000-0000-4000-8000-000000000000`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Der Vergleich konnte nicht erstellt werden' }).innerText()).toContain('Das Szenario wurde nicht gefunden.');
    // The same scenario twice.
    await page.goto(`/ressourcen/vergleich?ids=${a},${a}`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Jedes Szenario (und jede Version) darf nur einmal im Vergleich stehen.');
  });

  it('opens a share link without an account, explains a school there, and refuses it once revoked', async () => {
    const freigabe = await send<{ id: string; adresse: string; token: string }>('POST', `/api/verteilung/szenarien/${a}/freigaben`, { bezeichnung: 'Steuergruppe Bildung Köln' });
    const path = new URL(freigabe.adresse).pathname;
    expect(path).toBe(`/verteilung/geteilt/${freigabe.token}`);

    const { page: guest } = await app.open();
    await guest.goto(path);
    await expectHeading(guest, nameA);
    await guest.getByText('Sie sehen dieses Szenario über einen Lese-Link, ohne Anmeldung.', { exact: false }).waitFor();
    await guest.getByText('Datenlizenz Deutschland – Namensnennung – Version 2.0', { exact: false }).waitFor();
    // Read only: no navigation of the app, nothing to edit.
    expect(await guest.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    expect(await guest.getByRole('button', { name: /Bearbeiten|Archivieren/ }).count()).toBe(0);
    await checkPage(guest, 'cmp-05-shared');

    const school = vergleich.schulen.find((s) => (s.mengen[0] ?? 0) > 0)!;
    await guest.getByRole('searchbox', { name: /Schule suchen/ }).fill(school.schulnummer);
    await guest.getByRole('link', { name: school.name }).click();
    await expectHeading(guest, school.name);
    expect(new URL(guest.url()).pathname).toBe(`${path}/schulen/${school.schuleId}`);
    await guest.getByText('Verteilt werden 40 Stellen', { exact: false }).waitFor();
    await guest.getByText('Datenlizenz Deutschland', { exact: false }).waitFor();
    await checkPage(guest, 'cmp-06-shared-school');

    await guest.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(guest);
    await guest.goto(path);
    await expectHeading(guest, nameA);
    await expectNoHorizontalScroll(guest);
    await screenshot(guest, 'cmp-07-shared-320');
    await guest.setViewportSize({ width: 1280, height: 900 });

    // Revoked: the same German message as for a link that never existed.
    await send('DELETE', `/api/verteilung/szenarien/${a}/freigaben/${freigabe.id}`);
    await guest.reload();
    await expectHeading(guest, 'Dieser Link funktioniert nicht');
    await expect.poll(() => guest.getByRole('alert').innerText()).toContain('Der Link ist unbekannt oder wurde widerrufen.');
    await checkPage(guest, 'cmp-08-shared-revoked');
    await guest.goto(`${path}/schulen/${school.schuleId}`);
    await expectHeading(guest, 'Dieser Link funktioniert nicht');
    await guest.goto('/verteilung/geteilt/gibt-es-nicht');
    await expectHeading(guest, 'Dieser Link funktioniert nicht');
  });
});
