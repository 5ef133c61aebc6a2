import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login, navigate } from './support/app.js';
import { screenshot } from './support/browser.js';
import { ada, kira, lou, useAllocationApp } from './support/allocation-world.js';
import { apiClient } from './support/nrw-world.js';

const szenarioName = 'Köln: 6 Stellen Schulsozialarbeit über die Grundschulen';

function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The error summary above the form. */
const summary = (page: Page) => page.locator('.kern-alert--danger').first();
const preview = (page: Page) => page.locator('.app-alloc-preview');
const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name, exact: typeof name === 'string' });

describe('allocation scenarios', () => {
  const app = useAllocationApp();
  let page: Page;
  let scenarioUrl = '';
  const visited: string[] = [];

  it('lets a coordinator build a model with live preview, see German field errors and save it', async () => {
    ({ page } = await app.open());
    await login(page, kira);
    await expectHeading(page, /Kira Koordination/);
    await navigate(page, 'Ressourcensteuerung');
    await expectHeading(page, 'Ressourcen sozialindiziert verteilen');
    await page.getByText('Es gibt keine aktiven Szenarien. Legen Sie mit „Neues Szenario“ eines an.').waitFor();
    await checkPage(page, 'alloc-01-start-empty');
    visited.push('/ressourcen');

    await page.getByRole('link', { name: 'Neues Szenario' }).click();
    await expectHeading(page, 'Neues Szenario');
    // The only scope of the coordinator is chosen already; the preview waits for a complete model.
    await expect.poll(() => page.getByRole('button', { name: /Bereich$/ }).innerText()).toContain('Köln (Kommune)');
    await expect.poll(() => preview(page).innerText()).toContain('Bitte geben Sie die Summe an.');
    await screenshot(page, 'alloc-02-form-empty');
    visited.push('/ressourcen/neu');

    // Bad input: the contract's German messages at the fields and in the summary.
    await field(page, 'Name des Szenarios').fill('AB');
    await page.getByRole('radio', { name: 'halbe Stellen' }).check();
    await field(page, /^Summe/).fill('viele');
    await field(page, 'Stufe 3').fill('x');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await expect.poll(() => summary(page).innerText()).toContain('Der Name muss mindestens 3 Zeichen lang sein.');
    expect(await summary(page).innerText()).toContain('Die Summe muss eine Zahl sein.');
    expect(await summary(page).innerText()).toContain('Der Faktor muss eine Dezimalzahl');
    // At the field: marked invalid and described by its sentence under the factors.
    await expect.poll(() => field(page, 'Stufe 3').getAttribute('aria-invalid')).toBe('true');
    const faktorError = await field(page, 'Stufe 3').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${faktorError}"]`).innerText()).toContain('Stufe 3: Der Faktor muss');
    await screenshot(page, 'alloc-03-form-client-errors');

    // Complete for the contract, but impossible on the data: the server names the field.
    await field(page, 'Name des Szenarios').fill(szenarioName);
    await field(page, /^Summe/).fill('4');
    await field(page, 'Stufe 3').fill('3');
    await page.getByRole('checkbox', { name: 'Grundschule' }).check();
    await field(page, /^Untergrenze/).fill('1');
    await expect.poll(() => preview(page).innerText()).toContain('Mit diesem Modell ist keine Verteilung möglich');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await expect.poll(() => summary(page).innerText()).toContain('Die Untergrenze von 1 Stelle für 7 Schulen braucht 7 Stellen');
    const untergrenze = page.locator('.kern-form-input--error').filter({ has: field(page, /^Untergrenze/) });
    await expect.poll(() => untergrenze.locator('.kern-error').innerText()).toContain('die Summe ist nur 4 Stellen');
    await screenshot(page, 'alloc-04-form-server-errors');

    // A valid model: the preview shows totals, schools left out by reason and the top rows.
    await field(page, /^Untergrenze/).fill('');
    await field(page, /^Summe/).fill('6');
    await field(page, /^Obergrenze/).fill('1,5');
    await page.getByLabel('Beschreibung').fill('Grundschulen mit Sozialindex, Schülerzahl mal Stufe, höchstens anderthalb Stellen je Schule.');
    await expect.poll(() => preview(page).locator('[role=status]').innerText()).toBe('6 Stellen auf 7 Schulen');
    const previewText = await preview(page).innerText();
    expect(previewText).toContain('2 Schulen: andere Schulform');
    expect(previewText).toContain('1 Schule: ohne Sozialindex');
    expect(await preview(page).locator('ol > li').first().innerText()).toMatch(/GGS (Chorweiler-Nord|Merianstraße)[\s\S]*1,5 Stellen/);
    await checkPage(page, 'alloc-05-form-preview');

    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await expectHeading(page, szenarioName);
    await status(page, `Das Szenario „${szenarioName}“ wurde gespeichert.`).waitFor();
    scenarioUrl = new URL(page.url()).pathname;
    expect(scenarioUrl).toMatch(/^\/ressourcen\/szenarien\/[0-9a-f-]{36}$/);
    const figures = await page.locator('.app-alloc-figures').innerText();
    expect(figures).toMatch(/Verteilt\s+6 Stellen/);
    expect(figures).toMatch(/Berücksichtigte Schulen\s+7/);
    await checkPage(page, 'alloc-06-scenario');
    visited.push(scenarioUrl);
  });

  it('shows the result per school with search and sort, and explains a school', async () => {
    const rows = page.locator('.app-alloc-result tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    await page.getByRole('button', { name: 'Schule', exact: true }).click();
    await expect.poll(() => rows.first().locator('th').innerText()).toContain('GGS Chorweiler-Nord');
    await page.getByRole('searchbox', { name: /Schule suchen/ }).fill('Merian');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/GGS Merianstraße[\s\S]*1,5 Stellen[\s\S]*2\.480/);
    await page.getByRole('searchbox', { name: /Schule suchen/ }).fill('');
    await expect.poll(() => rows.count()).toBe(7);

    await page.getByRole('link', { name: 'GGS Chorweiler-Nord' }).click();
    await expectHeading(page, 'GGS Chorweiler-Nord');
    const text = await page.locator('.app-alloc-explanation').innerText();
    expect(text).toContain('Verteilt werden 6 Stellen (12 Einheiten zu je 0,5 Stellen) nach Hare-Niemeyer');
    expect(text).toContain('Ihr Gewicht ist 240 × 9 = 2.160.');
    expect(text).toMatch(/Ergebnis\s+1,5 Stellen \(3 Einheiten\)/);
    await checkPage(page, 'alloc-07-explanation');
    visited.push(new URL(page.url()).pathname);

    await page.getByRole('link', { name: `Zurück zu „${szenarioName}“` }).click();
    await expectHeading(page, szenarioName);
    await page.getByRole('tab', { name: 'Modell' }).click();
    const model = await page.locator('.app-alloc-model').innerText();
    expect(model).toContain('Verteilt werden 6 Stellen in Köln, in Einheiten zu je 0,5 Stellen.');
    expect(model).toContain('Schulformen: Grundschule');
    expect(model).toContain('höchstens 1,5 Stellen.');
    await checkPage(page, 'alloc-08-model');
  });

  it('saves version 2, keeps version 1 readable and reports a conflicting change', async () => {
    await page.goto(scenarioUrl);
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expectHeading(page, 'Szenario bearbeiten');
    expect(await field(page, /^Summe/).inputValue()).toBe('6');
    await field(page, /^Summe/).fill('8');
    await expect.poll(() => preview(page).locator('[role=status]').innerText()).toBe('8 Stellen auf 7 Schulen');
    await screenshot(page, 'alloc-09-edit');
    visited.push(`${scenarioUrl}/bearbeiten`);
    await page.getByRole('button', { name: 'Neue Version speichern' }).click();
    await expectHeading(page, szenarioName);
    await status(page, 'Version 2 wurde gespeichert.').waitFor();
    await expect.poll(() => page.locator('.app-alloc-figures').innerText()).toMatch(/Verteilt\s+8 Stellen/);

    await page.getByRole('tab', { name: 'Versionen' }).click();
    const versions = page.locator('.app-alloc-versions tbody tr');
    await expect.poll(() => versions.locator('th').allInnerTexts()).toEqual([expect.stringMatching(/^Version 2\s+aktuell/), 'Version 1']);
    expect(await versions.nth(1).innerText()).toContain('6 Stellen (12 × halbe Stellen), Hare-Niemeyer');
    await checkPage(page, 'alloc-10-versions');
    await versions.nth(1).getByRole('link', { name: 'Version 1', exact: true }).click();
    await expect.poll(() => page.getByText('Sie sehen Version 1. Aktuell ist Version 2.').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.app-alloc-figures').innerText()).toMatch(/Verteilt\s+6 Stellen/);
    await page.getByRole('link', { name: 'GGS Merianstraße' }).click();
    await expectHeading(page, 'GGS Merianstraße');
    expect(new URL(page.url()).search).toBe('?version=1');
    await expect.poll(() => page.locator('.app-page-header__preline').innerText()).toContain('Version 1');
    await screenshot(page, 'alloc-11-explanation-version-1');

    // Someone else saves in between: the form keeps the input and says so.
    await page.goto(`${scenarioUrl}/bearbeiten`);
    await expectHeading(page, 'Szenario bearbeiten');
    await field(page, /^Summe/).fill('7');
    const send = await apiClient(app.url, kira);
    const id = scenarioUrl.split('/').pop()!;
    const current = await send<{ version: number; name: string; beschreibung: string | null; modell: unknown }>('GET', `/api/verteilung/szenarien/${id}`);
    await send('PUT', `/api/verteilung/szenarien/${id}`, { name: current.name, beschreibung: current.beschreibung, modell: current.modell, version: current.version });
    await page.getByRole('button', { name: 'Neue Version speichern' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Jemand hat das Szenario inzwischen geändert' });
    await expect.poll(() => conflict.innerText()).toContain('Aktuell ist jetzt Version 3');
    expect(await field(page, /^Summe/).inputValue()).toBe('7');
    await checkPage(page, 'alloc-12-edit-conflict');
    await conflict.getByRole('button', { name: 'Gespeicherte Fassung übernehmen' }).click();
    await expect.poll(() => field(page, /^Summe/).inputValue()).toBe('8');
  });

  it('creates a share link that is shown once, and revokes it', async () => {
    await page.goto(`${scenarioUrl}?bereich=freigaben`);
    await expectHeading(page, szenarioName);
    await page.getByRole('button', { name: 'Link erstellen' }).click();
    await expect.poll(() => summary(page).innerText()).toContain('Bitte eine Bezeichnung angeben.');
    await page.getByLabel('Bezeichnung').fill('Steuergruppe Bildung Köln');
    await page.getByRole('button', { name: 'Link erstellen' }).click();
    const address = page.getByRole('textbox', { name: 'Adresse des Links' });
    await expect.poll(() => address.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/verteilung\/geteilt\/[A-Za-z0-9_-]{20,}$/);
    expect(await page.getByText('Sie wird nur dieses eine Mal angezeigt').isVisible()).toBe(true);
    await checkPage(page, 'alloc-13-share-created');
    await page.getByRole('button', { name: 'Fertig' }).click();
    await expect.poll(() => address.count()).toBe(0);
    const shares = page.locator('.app-alloc-shares tbody tr');
    await expect.poll(() => shares.locator('th').allInnerTexts()).toEqual(['Steuergruppe Bildung Köln']);
    expect(await shares.first().innerText()).toContain('noch nie');

    await shares.first().getByRole('button', { name: /^Widerrufen/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Link widerrufen?' });
    await expect.poll(() => dialog.innerText()).toContain('funktioniert danach sofort nicht mehr');
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();
    await status(page, 'Der Link „Steuergruppe Bildung Köln“ wurde widerrufen.').waitFor();
    await expect.poll(() => page.getByText('Es gibt keine aktiven Links.').isVisible()).toBe(true);
  });

  it('archives the scenario after a confirmation', async () => {
    await page.goto(scenarioUrl);
    await expectHeading(page, szenarioName);
    await page.getByRole('button', { name: 'Archivieren' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Szenario archivieren?' });
    await dialog.getByRole('button', { name: 'Archivieren' }).click();
    await status(page, `„${szenarioName}“ wurde archiviert.`).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Wiederherstellen' }).isVisible()).toBe(true);
    await screenshot(page, 'alloc-14-archived');

    await page.goto('/ressourcen');
    await expectHeading(page, 'Ressourcen sozialindiziert verteilen');
    await expect.poll(() => page.locator('.app-alloc-count').innerText()).toBe('0 Szenarien');
    await page.getByRole('radio', { name: 'Archivierte Szenarien' }).check();
    const row = page.locator('tbody tr').filter({ hasText: szenarioName });
    await expect.poll(() => row.innerText()).toMatch(/archiviert[\s\S]*Köln[\s\S]*Hare-Niemeyer[\s\S]*8 Stellen[\s\S]*halbe Stellen[\s\S]*7[\s\S]*3/);
    await checkPage(page, 'alloc-15-start-archived');

    // Narrow screens: the form needs no sideways scrolling (tables scroll inside their region).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/ressourcen/neu');
    await expectHeading(page, 'Neues Szenario');
    await field(page, /^Summe/).fill('3');
    await page.getByRole('checkbox', { name: 'Grundschule' }).check();
    await expect.poll(() => preview(page).locator('[role=status]').innerText()).toBe('3 Stellen auf 7 Schulen');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'alloc-16-form-320');
    // Screenshots of every visited page at 320 px for review (slow, so only on request).
    for (const [index, url] of process.env.ALLOC_NARROW_SHOTS ? visited.entries() : []) {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page);
      await screenshot(page, `alloc-17-${index}-320`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows a reader the scenarios without any control to change them', async () => {
    // A second scenario of Köln, so two can be chosen for the comparison.
    const send = await apiClient(app.url, kira);
    await send('POST', '/api/verteilung/szenarien', {
      scopeId: app.world.koelnId,
      name: 'Köln: 20.000 Euro Lernförderung',
      beschreibung: null,
      modell: { summe: 20000, einheit: 'euro', verfahren: 'sainte-lague', gewichtung: { art: 'stufe', faktoren: { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' } } },
    });

    const { page: reader } = await app.open();
    await login(reader, lou);
    await expectHeading(reader, /Lou Lesend/);
    await navigate(reader, 'Ressourcensteuerung');
    await expectHeading(reader, 'Ressourcen sozialindiziert verteilen');
    expect(await reader.getByRole('link', { name: 'Neues Szenario' }).count()).toBe(0);
    await reader.getByRole('radio', { name: 'Alle Szenarien' }).check();
    await expect.poll(() => reader.locator('.app-alloc-count').innerText()).toBe('2 Szenarien');
    await screenshot(reader, 'alloc-18-reader-start');

    await reader.getByRole('checkbox', { name: `Zum Vergleich auswählen: ${szenarioName}` }).check();
    await reader.getByRole('button', { name: 'Ausgewählte vergleichen' }).click();
    await status(reader, 'mindestens zwei Szenarien').waitFor();
    await reader.getByRole('checkbox', { name: 'Zum Vergleich auswählen: Köln: 20.000 Euro Lernförderung' }).check();
    await reader.getByRole('button', { name: 'Ausgewählte vergleichen' }).click();
    await reader.waitForURL(/\/ressourcen\/vergleich\?ids=[0-9a-f-]{36},[0-9a-f-]{36}$/);

    await reader.goto(scenarioUrl);
    await expectHeading(reader, szenarioName);
    expect(await reader.getByText('nur lesend').isVisible()).toBe(true);
    expect(await reader.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /Archivieren|Wiederherstellen/ }).count()).toBe(0);
    expect(await reader.getByRole('tab', { name: 'Freigabe-Links' }).count()).toBe(0);
    expect(await reader.getByRole('tab').allInnerTexts()).toEqual(['Ergebnis je Schule', 'Modell', 'Versionen']);
    await checkPage(reader, 'alloc-19-reader-scenario');

    await reader.goto('/ressourcen/neu');
    await expectHeading(reader, 'Neues Szenario');
    await reader.getByText('Sie können Szenarien lesen, aber keine anlegen.').waitFor();
    await reader.goto(`${scenarioUrl}/bearbeiten`);
    await expectHeading(reader, 'Szenario bearbeiten');
    await reader.getByText('Sie dürfen dieses Szenario lesen, aber nicht ändern.').waitFor();
    await checkPage(reader);
  });

  it('offers a Land model only the Kommunen of that Land, also when editing', async () => {
    const send = await apiClient(app.url, ada);
    const landName = 'NRW: 10 Stellen nur in Köln';
    const { id } = await send<{ id: string }>('POST', '/api/verteilung/szenarien', {
      scopeId: app.world.nrwId,
      name: landName,
      beschreibung: null,
      modell: { summe: 10, einheit: '1', verfahren: 'hare-niemeyer', auswahl: { kommuneIds: [app.world.koelnId] }, gewichtung: { art: 'stufe', faktoren: { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' } } },
    });
    const { page: admin } = await app.open();
    await login(admin, ada);
    await expectHeading(admin, /Ada Administration/);
    // A press on the box's button right after the form changed (the Land was just chosen) can be lost;
    // the box is opened again as a person would.
    const kommunen = async () => {
      if ((await admin.getByRole('listbox').count()) === 0) await admin.getByRole('button', { name: 'Kommunen anzeigen' }).click();
      return admin.getByRole('option').allInnerTexts();
    };

    await admin.goto('/ressourcen/neu');
    await expectHeading(admin, 'Neues Szenario');
    await chooseOption(admin, 'Bereich', 'Nordrhein-Westfalen (Land)');
    await expect.poll(kommunen).toEqual(['Bonn', 'Köln']);
    await admin.keyboard.press('Escape');

    await admin.goto(`/ressourcen/szenarien/${id}/bearbeiten`);
    await expectHeading(admin, 'Szenario bearbeiten');
    await expect.poll(() => admin.getByRole('list', { name: 'Gewählte Kommunen' }).innerText()).toContain('Köln');
    await expect.poll(kommunen).toEqual(['Bonn']);
    await admin.keyboard.press('Escape');
    await checkPage(admin);
  });
});
