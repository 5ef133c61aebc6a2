import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login } from './support/app.js';
import { screenshot, shotsDir } from './support/browser.js';
import { alex, kim, robin, schoolNames, useCityApp } from './support/mapping-fixtures.js';

const graph = (page: Page) => page.getByTestId('netzwerk-grafik');

async function waitForDrawing(page: Page): Promise<void> {
  await page.locator('[data-testid="netzwerk-grafik"][data-state="gezeichnet"]').waitFor();
}

/** Actor names in the table, in table order (all pages are small enough to fit on one). */
async function tableActors(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Akteure, ihre Kooperationen und ihre Rolle im Netz' });
  return (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((s) => s.trim());
}

async function roleOf(page: Page, actor: string): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: actor, exact: true }) });
  // The role, then the brokerage figure on its own line.
  return (await row.locator('td').last().innerText()).trim().split('\n')[0]!.trim();
}

describe('network graph of actors and cooperations', () => {
  const app = useCityApp();
  let page: Page;

  it('opens with the own Kommune, draws the graph and names brokers and isolated actors in words', async () => {
    ({ page } = await app.open());
    await login(page, kim);
    await expectHeading(page, `Willkommen, ${kim.name}`);
    await page.goto('/akteure/netzwerk');
    await expectHeading(page, 'Netzwerk der Akteure');
    await page.waitForURL(/kommune=/);
    expect(new URL(page.url()).searchParams.get('kommune')).toBe(app.world.kommuneId);
    await expect.poll(() => page.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('Köln');
    await waitForDrawing(page);
    expect(await graph(page).getAttribute('aria-hidden')).toBe('true');
    expect(await graph(page).locator('canvas').count()).toBeGreaterThan(0);
    const marks = await page.evaluate(() => performance.getEntriesByName('netzwerk:gezeichnet').length);
    expect(marks).toBeGreaterThan(0);

    await page.getByRole('status').filter({ hasText: '16 Akteure · 14 Kooperationen · 5 Brückenakteure · 2 isolierte Akteure' }).waitFor();
    const isolated = page.locator('.app-analysis-highlights__item').filter({ hasText: 'Isolierte Akteure' });
    expect(await isolated.locator('dd').innerText()).toBe('Elternselbsthilfe Kalk, Rheinische Musikschule');
    const brokers = await page.locator('.app-analysis-highlights__item').filter({ hasText: 'Brückenakteure' }).locator('dd').innerText();
    for (const name of ['Schulsozialarbeit Chorweiler', 'Regionales Bildungsbüro', 'Amt für Kinder, Jugend und Familie', 'Jugendzentrum Kalk', 'Sozialraumkoordination Chorweiler']) {
      expect(brokers).toContain(name);
    }
    // The visible legend explains shapes in words.
    await page.getByText('Raute mit dicker Umrandung: Brückenakteur').waitFor();
    await page.getByText('Quadrat mit gestrichelter Umrandung: isolierter Akteur, unten abgesetzt').waitFor();
    await checkPage(page, 'mapping-graph');
    await page.locator('.app-network-section').screenshot({ path: `${shotsDir}/mapping-graph-canvas.png` });
  });

  it('has a table that says the same as the graph', async () => {
    const actors = await tableActors(page);
    expect(actors).toHaveLength(16);
    expect(await roleOf(page, 'Schulsozialarbeit Chorweiler')).toBe('Brückenakteur');
    expect(await roleOf(page, 'Rheinische Musikschule')).toBe('isoliert');
    expect(await roleOf(page, 'Gesundheitsamt')).toBe('verbunden');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Schulsozialarbeit Chorweiler', exact: true }) });
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual([
      'Schulsozialarbeit',
      'Kernteam vor Ort',
      '6',
      'Amt für Kinder, Jugend und Familie, Kinderschutzbund Ortsverband, Offener Ganztag Merianstraße, Schulpsychologischer Dienst, Sozialraumkoordination Chorweiler, Sprachtherapie Nord',
    ]);
    await chooseOption(page, 'Zeigen', 'Nur isolierte Akteure');
    await expect.poll(() => tableActors(page)).toEqual(['Elternselbsthilfe Kalk', 'Rheinische Musikschule']);
    await chooseOption(page, 'Zeigen', 'Alle Akteure');
  });

  it('switches to the table view and back', async () => {
    const toggle = page.getByRole('button', { name: 'Als Tabelle anzeigen' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await graph(page).waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('ansicht')).toBe('tabelle');
    expect(await tableActors(page)).toHaveLength(16);
    await checkPage(page, 'mapping-graph-table');
    await toggle.click();
    await waitForDrawing(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('filters by Handlungsfeld, Art and Standort', async () => {
    await chooseOption(page, 'Handlungsfeld', 'Betreuung und Ganztag');
    await expect.poll(() => tableActors(page)).toEqual(['Jugendzentrum Kalk', 'Offener Ganztag Merianstraße']);
    expect(new URL(page.url()).searchParams.get('feld')).toBe('betreuung');
    await waitForDrawing(page);
    await page.getByRole('status').filter({ hasText: '2 Akteure · 0 Kooperationen · 0 Brückenakteure · 2 isolierte Akteure' }).waitFor();
    await chooseOption(page, 'Handlungsfeld', 'Alle Handlungsfelder');

    await chooseOption(page, 'Art', 'Schulsozialarbeit');
    await expect.poll(() => tableActors(page)).toEqual(['Schulsozialarbeit Chorweiler']);
    await chooseOption(page, 'Art', 'Alle Arten');

    await chooseOption(page, 'Standort', schoolNames.chorweiler);
    await expect
      .poll(() => tableActors(page))
      .toEqual(['Kinderschutzbund Ortsverband', 'Schulsozialarbeit Chorweiler', 'Sozialraumkoordination Chorweiler', 'Sprachtherapie Nord', 'Stadtbibliothek Chorweiler']);
    await waitForDrawing(page);
    // Within the site the social work connects three partners: a broker.
    expect(await roleOf(page, 'Schulsozialarbeit Chorweiler')).toBe('Brückenakteur');
    await checkPage(page, 'mapping-graph-standort');
  });

  it('shows only the shared entries of a Kommune to people of another Kommune', async () => {
    const { page: other } = await app.open();
    await login(other, robin);
    await expectHeading(other, `Willkommen, ${robin.name}`);
    await other.goto(`/akteure/netzwerk?kommune=${app.world.kommuneId}`);
    await expectHeading(other, 'Netzwerk der Akteure');
    await other.getByText('Sie sind nicht Mitglied dieser Kommune', { exact: false }).waitFor();
    await waitForDrawing(other);
    const actors = await tableActors(other);
    expect(actors).toHaveLength(15);
    expect(actors).not.toContain('Interne Arbeitsgruppe Übergänge');
  });

  it('asks people without a Kommune to choose one', async () => {
    const { page: admin } = await app.open({ viewport: { width: 390, height: 844 } });
    await login(admin, alex);
    await expectHeading(admin, `Willkommen, ${alex.name}`);
    await admin.goto('/akteure/netzwerk');
    await expectHeading(admin, 'Netzwerk der Akteure');
    await admin.getByText('Bitte wählen Sie eine Kommune.').waitFor();
    const combo = admin.getByRole('combobox', { name: 'Kommune' });
    await combo.fill('Köl');
    await admin.getByRole('option', { name: 'Köln' }).click();
    await admin.waitForURL(/kommune=/);
    await waitForDrawing(admin);
    const scrollWidth = await admin.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await checkPage(admin, 'mapping-graph-narrow');
    await screenshot(admin, 'mapping-graph-narrow-top', false);
  });
});
