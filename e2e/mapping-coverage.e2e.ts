import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login } from './support/app.js';
import { kim, schoolNames, useCityApp } from './support/mapping-fixtures.js';

/** The text of the cell in the row of a Handlungsfeld and the column of an Altersphase. */
async function cell(page: Page, feld: string, phase: number): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: feld, exact: true }) });
  return (await row.locator('td').nth(phase).innerText()).replace(/\s+/g, ' ').trim();
}

const phases = { kita: 1, grundschule: 2, sek1: 3 } as const;

describe('coverage grid and resources against need', () => {
  const app = useCityApp();
  let page: Page;

  it('shows the Handlungsfeld × Altersphase table of a school with offers and gaps', async () => {
    ({ page } = await app.open());
    await login(page, kim);
    await expectHeading(page, `Willkommen, ${kim.name}`);
    await page.goto('/akteure/abdeckung');
    await expectHeading(page, 'Abdeckung nach Handlungsfeldern und Altersphasen');
    await page.waitForURL(/kommune=/);
    await page.getByText('Bitte wählen Sie eine Schule.').waitFor();
    await chooseOption(page, 'Schule', schoolNames.chorweiler);
    await page.waitForURL(/schule=/);

    const table = page.getByRole('table', { name: `Abdeckung ${schoolNames.chorweiler}: Handlungsfelder und Altersphasen mit Angeboten` });
    await table.waitFor();
    // Column and row headers for screen readers.
    expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(15);
    expect(await cell(page, 'Sprachförderung', phases.grundschule)).toBe('Sprachförderung im Ganztag (Sprachtherapie Nord), 6 Std./Woche');
    // Shared between two schools: half of the hours.
    expect(await cell(page, 'Leseförderung', phases.grundschule)).toBe('Lesepaten (Stadtbibliothek Chorweiler), 2 Std./Woche');
    expect(await cell(page, 'Beratung', phases.sek1)).toBe('Beratung für Familien (Schulsozialarbeit Chorweiler), 5 Std./Woche');
    expect(await cell(page, 'Elternarbeit', phases.kita)).toBe('Lücke – nur geplant oder pausiert: Elterncafé (Kinderschutzbund Ortsverband), 2 Std./Woche – Geplant');
    expect(await cell(page, 'MINT-Bildung', phases.grundschule)).toBe('Lücke');
    await page.getByRole('status').filter({ hasText: '4 von 90 Feldern abgedeckt, 2 nur geplant oder pausiert, 84 Lücken.' }).waitFor();
    await checkPage(page, 'mapping-coverage-school');
  });

  it('adds up the schools of a Sozialraum', async () => {
    await page.getByRole('radio', { name: 'Sozialraum' }).check();
    await page.getByText('Bitte wählen Sie einen Sozialraum.').waitFor();
    await chooseOption(page, 'Sozialraum', 'Chorweiler');
    await page.waitForURL(/sozialraum=/);
    await page.getByRole('table', { name: /^Abdeckung Chorweiler:/ }).waitFor();
    await page.getByText(`Schulen im Sozialraum: ${schoolNames.chorweiler}, ${schoolNames.merian}`).waitFor();
    expect(await cell(page, 'Leseförderung', phases.grundschule)).toBe('Lesepaten (Stadtbibliothek Chorweiler), 4 Std./Woche');
    expect(await cell(page, 'Betreuung und Ganztag', phases.grundschule)).toBe('Offener Ganztag (Offener Ganztag Merianstraße), 25 Std./Woche');
    await checkPage(page, 'mapping-coverage-sozialraum');
  });

  it('sets hours per 100 pupils against the Sozialindex and points at high-need schools with few resources', async () => {
    await page.getByRole('link', { name: 'Ressourcen und Sozialindex', exact: true }).click();
    await expectHeading(page, 'Ressourcen und Sozialindex');
    const chart = page.getByRole('img', { name: /Sozialindex und Stunden je 100 Schüler:innen/ });
    await chart.waitFor();
    // Chorweiler-Nord: 6 + 2 + 5 = 13 h for 240 pupils → 5,42; Merianstraße: 2 + 5 + 25 = 32 h / 310 → 10,32;
    // KGS Kalk: 3 + 2 = 5 h / 280 → 1,79; Gesamtschule: 8 + 3 = 11 h / 900 → 1,22; Lindenthal: 12 + 2 = 14 h / 260 → 5,38;
    // Rodenkirchen: 10 h / 850 → 1,18. Median (1,79 + 5,38) / 2 = 3,59: KGS Kalk (index 7) is flagged.
    await page.getByText('Der Median liegt bei 3,59 Stunden je 100 Schüler:innen.').waitFor();
    expect(await chart.locator('desc').textContent()).toContain('1 Schule mit hohem Bedarf und wenigen Ressourcen: KGS Kalk.');
    const flaggedRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: schoolNames.kalk }) });
    expect(await flaggedRow.locator('td').last().innerText()).toBe('hoher Bedarf, wenige Ressourcen');

    // Sorted by Sozialindex, highest first; a click on "Std. je 100 Schüler:innen" sorts by that.
    const names = () => page.locator('.app-resource-table tbody th[scope="row"] a').allInnerTexts();
    expect(await names()).toEqual([schoolNames.chorweiler, schoolNames.merian, schoolNames.kalk, schoolNames.gesamtschule, schoolNames.lindenthal, schoolNames.rodenkirchen]);
    await page.getByRole('button', { name: 'Std. je 100 Schüler:innen' }).click();
    await expect.poll(names).toEqual([schoolNames.rodenkirchen, schoolNames.gesamtschule, schoolNames.kalk, schoolNames.lindenthal, schoolNames.chorweiler, schoolNames.merian]);
    expect(await page.getByRole('columnheader', { name: 'Std. je 100 Schüler:innen' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('checkbox', { name: /Nur markierte Schulen/ }).check();
    await expect.poll(names).toEqual([schoolNames.kalk]);
    await page.getByRole('checkbox', { name: /Nur markierte Schulen/ }).uncheck();
    await checkPage(page, 'mapping-resources');

    // From a school of the table to its coverage.
    await page.getByRole('link', { name: schoolNames.kalk }).click();
    await expectHeading(page, 'Abdeckung nach Handlungsfeldern und Altersphasen');
    await page.getByRole('table', { name: new RegExp(`^Abdeckung ${schoolNames.kalk}:`) }).waitFor();
  });
});
