import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login, navigate } from './support/app.js';
import { apiClient } from './support/nrw-world.js';
import { schulsozialarbeitTitel } from './support/transfer-practices.js';
import { anna, bernd, carla, lena, lernnetzwerkName, useTransferApp } from './support/transfer-world.js';

const gapText = 'An unseren Grundschulen nehmen Konflikte und Gewalt auf dem Schulhof zu. Die Lehrkräfte fühlen sich allein gelassen, eine Schulsozialarbeit gibt es nicht.';
const frageRaeume = 'Welche Räume werden benötigt, und wem gehören sie?';
const frageZeiten = 'Zu welchen Zeiten und wie oft findet das Angebot statt?';
const nextYear = new Date().getFullYear() + 1;

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const summary = (scope: Page | Locator) => scope.locator('.kern-alert--danger').first();
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

describe('learning network: from a gap to a finished transfer', () => {
  const app = useTransferApp();
  let coordinatorA: Page;
  let gridUrl = '';
  let gapUrl = '';
  let transferUrl = '';

  it('shows coordinator A the start page with the grid, the learning network and the library', async () => {
    ({ page: coordinatorA } = await app.open());
    const page = coordinatorA;
    await login(page, anna);
    await expectHeading(page, /Anna Gelsenkirchen/);
    await navigate(page, 'Lernnetzwerk');
    await expectHeading(page, 'Lernnetzwerk');
    await page.getByRole('link', { name: 'Lückenraster Gelsenkirchen' }).waitFor();
    const card = page.locator('.app-lern-card').filter({ hasText: lernnetzwerkName });
    expect(await card.getByRole('list', { name: `Kommunen von ${lernnetzwerkName}` }).innerText()).toMatch(/Bochum\s+Gelsenkirchen/);
    await card.getByRole('link', { name: `Matches ansehen: ${lernnetzwerkName}` }).waitFor();
    await page.getByText('Ihre Kommunen haben noch keinen Transfer angefragt oder erhalten.', { exact: false }).waitFor();
    await checkPage(page, 'lern-01-start');
  });

  it('lets coordinator A enter a gap, with German errors for bad input first', async () => {
    const page = coordinatorA;
    await page.getByRole('link', { name: 'Lückenraster Gelsenkirchen' }).click();
    await expectHeading(page, 'Lückenraster');
    gridUrl = new URL(page.url()).pathname;
    expect(gridUrl).toBe(`/lernnetzwerk/kommunen/${app.world.gelsenkirchen}`);
    const grid = page.getByRole('table', { name: 'Lücken von Gelsenkirchen nach Handlungsfeld und Altersphase' });
    // A real table: fields of action head the rows, age phases the columns.
    expect(await grid.getByRole('columnheader').allInnerTexts()).toEqual([
      'Handlungsfeld',
      expect.stringMatching(/^Rund um die Geburt und Krippe\s+\(0–2 Jahre\)$/),
      expect.stringMatching(/^Kita\s+\(3–5 Jahre\)$/),
      expect.stringMatching(/^Grundschule\s+\(6–9 Jahre\)$/),
      expect.stringMatching(/^Sekundarstufe I\s+\(10–15 Jahre\)$/),
      expect.stringMatching(/^Übergang Schule–Beruf\s+\(16–18 Jahre\)$/),
      expect.stringMatching(/^Junge Erwachsene\s+\(19–24 Jahre\)$/),
    ]);
    expect(await grid.getByRole('rowheader').count()).toBe(15);
    await page.getByText('Noch ist keine Lücke eingetragen.', { exact: false }).waitFor();
    await checkPage(page, 'lern-02-grid-empty');

    await page.getByRole('button', { name: 'Lücke eintragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lücke eintragen' });
    await dialog.waitFor();
    await dialog.getByLabel('Wo hakt es?').fill('zu kurz');
    await dialog.getByRole('button', { name: 'Lücke eintragen' }).click();
    const errors = summary(dialog);
    await expect.poll(() => errors.locator('li').allInnerTexts()).toEqual([
      'Bitte wählen Sie das Handlungsfeld.',
      'Bitte wählen Sie die Altersphase.',
      'Die Beschreibung muss mindestens 10 Zeichen lang sein.',
      'Bitte wählen Sie die Priorität.',
    ]);
    await expect.poll(() => errors.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByLabel('Wo hakt es?').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'lern-03-gap-errors');

    await chooseOption(dialog, 'Handlungsfeld', 'Prävention');
    await chooseOption(dialog, 'Altersphase', /^Grundschule/);
    await dialog.getByLabel('Wo hakt es?').fill(gapText);
    await dialog.getByRole('radio', { name: 'hoch' }).check();
    await dialog.getByRole('button', { name: 'Lücke eintragen' }).click();
    await status(page, 'Die Lücke wurde eingetragen: Prävention, Grundschule.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Prävention' }) });
    const cells = row.getByRole('cell');
    expect(await cells.nth(2).innerText()).toMatch(/An unseren Grundschulen nehmen Konflikte[\s\S]*Priorität hoch[\s\S]*offen/);
    expect(await cells.nth(1).innerText()).not.toContain('Konflikte');
    await page.getByText('1 Lücke: 1 offen, 0 in Bearbeitung, 0 gelöst.').waitFor();
    await checkPage(page, 'lern-04-grid-gap');
  });

  it('keeps the input when someone else changed the gap meanwhile (409)', async () => {
    const page = coordinatorA;
    await page.getByRole('button', { name: /^Ändern: An unseren Grundschulen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Lücke ändern' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'in Bearbeitung' }).check();

    // Meanwhile a colleague lowers the priority through the API.
    const asAnna = await apiClient(app.url, anna);
    const raster = await asAnna<{ items: { id: string; version: number }[] }>('GET', `/api/transfer/kommunen/${app.world.gelsenkirchen}/luecken`);
    const gap = raster.items[0]!;
    await asAnna('PUT', `/api/transfer/luecken/${gap.id}`, { handlungsfeld: 'praevention', altersphase: '6-9', beschreibung: gapText, prioritaet: 'mittel', status: 'offen', version: gap.version });

    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Inzwischen geändert' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'in Bearbeitung' }).isChecked()).toBe(true);
    await checkPage(page, 'lern-05-gap-conflict');
    // The second try carries the stored version.
    await dialog.getByRole('radio', { name: 'hoch' }).check();
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await status(page, 'Die Lücke wurde geändert: Prävention, Grundschule.').waitFor();
    await page.getByText('1 Lücke: 0 offen, 1 in Bearbeitung, 0 gelöst.').waitFor();
  });

  it('asks before deleting a gap entered by mistake', async () => {
    const page = coordinatorA;
    const asAnna = await apiClient(app.url, anna);
    await asAnna('POST', `/api/transfer/kommunen/${app.world.gelsenkirchen}/luecken`, { handlungsfeld: 'mint', altersphase: '10-15', beschreibung: 'Versehentlich doppelt eingetragen.', prioritaet: 'niedrig' });
    await page.reload();
    await expectHeading(page, 'Lückenraster');
    await page.getByText('2 Lücken: 1 offen, 1 in Bearbeitung, 0 gelöst.').waitFor();
    await page.getByRole('button', { name: 'Löschen: Versehentlich doppelt eingetragen.' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Lücke löschen?' });
    await confirm.getByText('Versehentlich doppelt eingetragen.').waitFor();
    await checkPage(page, 'lern-05b-gap-delete');
    await confirm.getByRole('button', { name: 'Lücke löschen' }).click();
    await status(page, 'Die Lücke wurde gelöscht: MINT-Bildung, Sekundarstufe I.').waitFor();
    // The button that opened the dialog is gone: focus lands on the grid, not on the page's end.
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-raster-focus'))).toBe(true);
    await page.getByText('1 Lücke: 0 offen, 1 in Bearbeitung, 0 gelöst.').waitFor();
  });

  it('shows the gap with proposals from Bochum and their reasons, never one of Gelsenkirchen', async () => {
    const page = coordinatorA;
    await page.getByRole('link', { name: /^An unseren Grundschulen nehmen Konflikte/ }).click();
    await expectHeading(page, 'Prävention, Grundschule');
    gapUrl = new URL(page.url()).pathname;
    const proposals = page.getByRole('list', { name: 'Vorschläge' }).locator(':scope > li');
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(1);
    expect(await proposals.count()).toBeLessThanOrEqual(5);
    const first = proposals.first();
    expect(await first.getByRole('heading').innerText()).toContain(schulsozialarbeitTitel);
    expect(await first.innerText()).toContain('aus Bochum');
    expect(await first.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByRole('list', { name: 'Vorschläge' }).innerText()).not.toContain('Streitschlichtung an Grundschulen in Gelsenkirchen');
    await checkPage(page, 'lern-06-gap-proposals');
  });

  it('lets coordinator A request a transfer, choosing context questions', async () => {
    const page = coordinatorA;
    await page.getByRole('link', { name: `Transfer anfragen: ${schulsozialarbeitTitel}` }).click();
    await expectHeading(page, 'Transfer anfragen');
    await page.getByText('Sie fragen für Gelsenkirchen an.').waitFor();
    await page.getByRole('button', { name: 'Transfer anfragen' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual(['Bitte Ihr Anliegen angeben.']);
    await checkPage(page, 'lern-07-request-errors');

    await page.getByLabel('Ihr Anliegen').fill('Wir möchten Schulsozialarbeit an drei Grundschulen einführen und wissen, wie Sie Jugendamt und Schulen zusammengebracht haben.');
    const filter = page.getByRole('searchbox', { name: 'Fragen filtern' });
    await filter.fill('Räume');
    await page.getByRole('checkbox', { name: frageRaeume }).check();
    await filter.fill('Zeiten');
    await page.getByRole('checkbox', { name: frageZeiten }).check();
    // A question the practice's context profile answers already is marked as such.
    await filter.fill('Koordination der Präventionskette');
    expect(await page.getByRole('checkbox', { name: 'Bei welchem Amt ist die Koordination der Präventionskette angesiedelt?' }).getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('Im Kontextprofil schon beantwortet.').waitFor();
    await filter.fill('');
    await status(page, '2 von höchstens 60 Fragen gewählt.').waitFor();
    await checkPage(page, 'lern-08-request-filled');

    await page.getByRole('button', { name: 'Transfer anfragen' }).click();
    await expectHeading(page, schulsozialarbeitTitel);
    transferUrl = new URL(page.url()).pathname;
    expect(transferUrl).toMatch(/^\/lernnetzwerk\/transfers\/[0-9a-f-]{36}$/);
    await status(page, 'Ihre Anfrage ist bei Bochum eingegangen.').waitFor();
    const stepper = page.getByRole('list', { name: 'Stand des Transfers' });
    expect(await stepper.locator('[aria-current="step"]').innerText()).toMatch(/Vorbereitung: Kontextfragen beantworten\s+aktueller Schritt/);
    await page.getByText('2 Fragen, 0 beantwortet.').waitFor();
    await page.getByText('noch nicht beantwortet (Bochum antwortet)').first().waitFor();
    await checkPage(page, 'lern-09-transfer-requested');
  });

  it('lets coordinator B answer the questions and arrange the exchange', async () => {
    const { page } = await app.open();
    await login(page, bernd);
    await expectHeading(page, /Bernd Bochum/);
    await navigate(page, 'Lernnetzwerk');
    await expectHeading(page, 'Lernnetzwerk');
    const row = page.getByRole('table', { name: 'Transfers' }).getByRole('row').filter({ hasText: schulsozialarbeitTitel });
    expect(await row.innerText()).toMatch(/Gelsenkirchen\s+Bochum\s+Vorbereitung\s+noch nicht vereinbart/);
    await row.getByRole('link', { name: schulsozialarbeitTitel }).click();
    await expectHeading(page, schulsozialarbeitTitel);
    await page.getByText('Gelsenkirchen fragt Ihre Kommune Bochum nach dieser Praxis.').waitFor();

    await page.getByRole('button', { name: 'Antworten senden' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual(['Bitte beantworten Sie mindestens eine Frage.']);
    await page.getByLabel(frageRaeume).fill('Ein Beratungsraum je Schule, den die Schule stellt; die Stadt zahlt die Einrichtung.');
    await page.getByLabel(frageZeiten).fill('Täglich von 8 bis 14 Uhr, dazu eine offene Sprechstunde für Eltern am Donnerstag.');
    await page.getByRole('button', { name: 'Antworten senden' }).click();
    await status(page, 'Ihre Antworten wurden gesendet: 2 von 2 Fragen beantwortet.').waitFor();

    await page.getByRole('button', { name: 'Austausch vereinbaren' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual(['Bitte geben Sie das Datum an.', 'Bitte geben Sie die Uhrzeit an.']);
    await page.getByLabel('Datum').fill(`${nextYear}-03-15`);
    await page.getByLabel('Uhrzeit').fill('14:30');
    await page.getByLabel(/^Ort/).fill('Rathaus Bochum, Raum 101');
    await page.getByRole('button', { name: 'Austausch vereinbaren' }).click();
    await status(page, new RegExp(`^Der Austausch ist vereinbart: \\p{L}+\\., 15\\.03\\.${nextYear}, 14:30 Uhr\\.$`, 'u')).waitFor();
    const stepper = page.getByRole('list', { name: 'Stand des Transfers' });
    expect(await stepper.locator('[aria-current="step"]').innerText()).toMatch(/^\D*2\s+Austausch vereinbart\s+aktueller Schritt/);
    // The follow-up belongs to the requesting Kommune.
    await page.getByText('Nach dem Austausch hält Gelsenkirchen hier fest, wie die Praxis angepasst wird.').waitFor();
    expect(await page.getByRole('button', { name: 'Nachbereitung speichern und abschließen' }).count()).toBe(0);
    await checkPage(page, 'lern-10-transfer-provider');
  });

  it('lets coordinator A record the follow-up, which closes the transfer', async () => {
    const page = coordinatorA;
    await page.goto(transferUrl);
    await expectHeading(page, schulsozialarbeitTitel);
    const answers = page.locator('.app-lern-qa');
    await expect.poll(() => answers.innerText()).toContain('Ein Beratungsraum je Schule, den die Schule stellt');
    expect(await page.locator('.app-lern-facts').innerText()).toMatch(new RegExp(`Austausch\\s+\\D+15\\.03\\.${nextYear}, 14:30 Uhr[\\s\\S]*Ort\\s+Rathaus Bochum, Raum 101`));

    await page.getByLabel('Angepasste Umsetzung').fill('zu knapp');
    await page.getByRole('button', { name: 'Nachbereitung speichern und abschließen' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual(['Die angepasste Umsetzung muss mindestens 20 Zeichen lang sein.']);
    await page.getByLabel('Angepasste Umsetzung').fill('Wir starten an zwei Grundschulen mit je einer halben Stelle beim freien Träger und koppeln sie an die Streitschlichtung.');
    await page.getByLabel(/^Erfahrung aus dem Transfer/).fill('Der Austausch vor Ort hat gezeigt: Ohne Beratungsraum in der Schule geht es nicht.');
    await page.getByRole('button', { name: 'Nachbereitung speichern und abschließen' }).click();
    await status(page, 'Der Transfer ist abgeschlossen. Ihre Erfahrung steht jetzt beim Praxisbeispiel.').waitFor();
    const steps = page.getByRole('list', { name: 'Stand des Transfers' }).getByRole('listitem');
    expect(await steps.allInnerTexts()).toEqual([expect.stringContaining('erledigt'), expect.stringContaining('erledigt'), expect.stringContaining('erledigt'), expect.stringContaining('erledigt')]);
    expect(await page.getByRole('button', { name: 'Transfer abbrechen' }).count()).toBe(0);
    await checkPage(page, 'lern-11-transfer-done');
  });

  it('shows the experience and the context profile on the practice page', async () => {
    const page = coordinatorA;
    await page.getByRole('link', { name: schulsozialarbeitTitel }).first().click();
    await expectHeading(page, schulsozialarbeitTitel);
    const experiences = page.getByRole('region', { name: 'Erfahrungen aus Transfers' });
    expect(await experiences.innerText()).toMatch(/Gelsenkirchen, abgeschlossen am \d\d\.\d\d\.\d{4}[\s\S]*Angepasste Umsetzung\s+Wir starten an zwei Grundschulen[\s\S]*Ohne Beratungsraum in der Schule geht es nicht\./);
    const profile = page.getByRole('region', { name: 'Kontextprofil' });
    expect(await profile.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Institutionelle Rahmenbedingungen (1 Antwort)',
      'Kommunale und sozialräumliche Rahmenbedingungen (0 Antworten)',
      'Diskurs (0 Antworten)',
      'Individuelle Rahmenbedingungen (0 Antworten)',
      'Projektbezogene Rahmenbedingungen (1 Antwort)',
    ]);
    expect(await profile.innerText()).toContain('Je Schule 39 Wochenstunden');
    await checkPage(page, 'lern-12-practice');
  });

  it('finds "Schulsozialarbeit" when searching the library for "Sozialarbeit"', async () => {
    const page = coordinatorA;
    await page.goto('/lernnetzwerk/praxis');
    await expectHeading(page, 'Praxisbibliothek');
    await status(page, '4 Praxisbeispiele in der Bibliothek.').waitFor();
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Sozialarbeit');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    await status(page, '1 Praxisbeispiel gefunden.').waitFor();
    const results = page.getByRole('list', { name: 'Praxisbeispiele' }).getByRole('heading');
    expect(await results.allInnerTexts()).toEqual([schulsozialarbeitTitel]);
    expect(new URL(page.url()).search).toBe('?q=Sozialarbeit');
    await checkPage(page, 'lern-13-library-search');

    await chooseOption(page, 'Altersphase', /^Kita/);
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    await status(page, '1 Praxisbeispiel gefunden.').waitFor();
    await expect.poll(() => results.allInnerTexts()).toEqual(['Lesepaten in Kitas']);
  });

  it('lists the gap with its proposal on the matches page of the learning network', async () => {
    const page = coordinatorA;
    await navigate(page, 'Lernnetzwerk');
    await expectHeading(page, 'Lernnetzwerk');
    await page.getByRole('link', { name: `Matches ansehen: ${lernnetzwerkName}` }).click();
    await expectHeading(page, 'Matches');
    await status(page, /^1 Lücke, [1-5] Vorschl(ag|äge)\.$/).waitFor();
    const group = page.getByRole('region', { name: 'Gelsenkirchen' });
    const match = group.getByRole('article', { name: 'Prävention, Grundschule' });
    expect(await match.innerText()).toMatch(/Priorität hoch[\s\S]*in Bearbeitung[\s\S]*An unseren Grundschulen/);
    expect(await match.getByRole('list', { name: 'Vorschläge' }).getByRole('heading').first().innerText()).toContain(schulsozialarbeitTitel);
    await checkPage(page, 'lern-14-matches');

    await chooseOption(page, 'Kommune', 'Bochum');
    await page.getByText('Keine offene Lücke passt zu diesem Filter.').waitFor();
    expect(new URL(page.url()).searchParams.get('kommune')).toBe(app.world.bochum);
    await chooseOption(page, 'Kommune', 'Alle Kommunen');
    await match.waitFor();
  });

  it('lets a coordinator describe a practice with its context profile, then change it', async () => {
    const page = coordinatorA;
    await page.goto('/lernnetzwerk/praxis');
    await expectHeading(page, 'Praxisbibliothek');
    await page.getByRole('link', { name: 'Praxisbeispiel beschreiben' }).click();
    await expectHeading(page, 'Praxisbeispiel beschreiben');
    await page.getByText('Für die Kommune Gelsenkirchen.').waitFor();
    await page.getByLabel(/^Seit \(Jahr\)/).fill('seit langem');
    await page.getByRole('button', { name: 'Praxisbeispiel speichern' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual([
      'Bitte einen Titel angeben.',
      'Bitte eine Beschreibung angeben.',
      'Bitte mindestens ein Handlungsfeld wählen.',
      'Bitte mindestens eine Altersphase wählen.',
      'Bitte das Jahr vierstellig angeben, z. B. 2019.',
    ]);
    await checkPage(page, 'lern-18-praxis-errors');

    await page.getByLabel('Titel').fill('Familienzentren an Grundschulen');
    await page.getByLabel('Beschreibung').fill('Drei Grundschulen sind zu Familienzentren geworden: Beratung, Elterncafé und Sprachkurse im Schulgebäude.');
    await page.getByRole('checkbox', { name: 'Elternarbeit' }).check();
    await page.getByRole('checkbox', { name: 'Grundschule (6–9 Jahre)' }).check();
    await page.getByLabel(/^Seit \(Jahr\)/).fill('2020');
    await page.getByRole('searchbox', { name: 'Fragen filtern' }).fill('Räume');
    await page.getByRole('checkbox', { name: frageRaeume }).check();
    await page.getByRole('button', { name: 'Praxisbeispiel speichern' }).click();
    await expect.poll(() => summary(page).locator('li').allInnerTexts()).toEqual(['Bitte eine Antwort angeben.']);
    await page.getByLabel(frageRaeume, { exact: true }).last().fill('Ein Raum im Erdgeschoss der Schule, den der Schulträger stellt.');
    await checkPage(page, 'lern-19-praxis-filled');
    await page.getByRole('button', { name: 'Praxisbeispiel speichern' }).click();
    await expectHeading(page, 'Familienzentren an Grundschulen');
    await status(page, 'Das Praxisbeispiel „Familienzentren an Grundschulen“ steht jetzt in der Bibliothek.').waitFor();
    expect(await page.getByRole('region', { name: 'Kontextprofil' }).innerText()).toContain('Ein Raum im Erdgeschoss der Schule');
    // Its own Kommune keeps it; a transfer is asked of other Kommunen only.
    expect(await page.getByRole('link', { name: 'Transfer anfragen' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expectHeading(page, 'Praxisbeispiel bearbeiten');
    await expect.poll(() => page.getByLabel('Titel').inputValue()).toBe('Familienzentren an Grundschulen');
    await page.getByLabel('Titel').fill('Familienzentren an drei Grundschulen');
    await checkPage(page, 'lern-20-praxis-edit');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expectHeading(page, 'Familienzentren an drei Grundschulen');
    await status(page, 'Die Änderungen an „Familienzentren an drei Grundschulen“ wurden gespeichert.').waitFor();
  });

  it('lets the state coordination add a context question', async () => {
    const { page } = await app.open();
    await login(page, lena);
    await expectHeading(page, /Lena Landeskoordination/);
    await page.goto('/lernnetzwerk/kontextfragen');
    await expectHeading(page, 'Kontextfragen');
    await status(page, '120 von 120 Fragen.').waitFor();
    await page.getByRole('button', { name: 'Frage aufnehmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontextfrage aufnehmen' });
    await dialog.getByRole('button', { name: 'Frage aufnehmen' }).click();
    await expect.poll(() => summary(dialog).locator('li').allInnerTexts()).toEqual(['Bitte wählen Sie die Dimension.', 'Bitte eine Frage angeben.']);
    await checkPage(page, 'lern-15-question-errors');
    await chooseOption(dialog, 'Dimension', 'Projektbezogene Rahmenbedingungen');
    await dialog.getByLabel('Frage', { exact: true }).fill('Wie wird das Angebot den Familien bekannt gemacht, die es am meisten brauchen?');
    await dialog.getByRole('button', { name: 'Frage aufnehmen' }).click();
    await status(page, /^Die Frage proj-\d+ steht jetzt in der Dimension „Projektbezogene Rahmenbedingungen“\.$/).waitFor();
    await status(page, '121 von 121 Fragen.').waitFor();
    const table = page.getByRole('table', { name: 'Fragen der Dimension Projektbezogene Rahmenbedingungen' });
    const neu = 'Wie wird das Angebot den Familien bekannt gemacht, die es am meisten brauchen?';
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: neu }) });
    await checkPage(page, 'lern-16-questions');

    // Retired questions can no longer be chosen; the keeper finds them with a filter.
    await row.getByRole('button', { name: /^Stilllegen: Frage proj-\d+$/ }).click();
    await status(page, /^Die Frage proj-\d+ ist stillgelegt\./).waitFor();
    await status(page, '120 von 120 Fragen.').waitFor();
    await page.getByRole('checkbox', { name: 'Auch stillgelegte Fragen zeigen' }).check();
    await status(page, '121 von 121 Fragen.').waitFor();
    expect(await row.innerText()).toContain('stillgelegt');
    await row.getByRole('button', { name: /^Ändern: Frage proj-\d+$/ }).click();
    const edit = page.getByRole('dialog', { name: 'Kontextfrage ändern' });
    expect(await edit.getByRole('checkbox', { name: 'Frage ist aktiv' }).isChecked()).toBe(false);
    await checkPage(page, 'lern-16b-question-edit');
    await edit.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('tells a coordinator outside the learning network that the grid is not there for them', async () => {
    const { page } = await app.open();
    await login(page, carla);
    await expectHeading(page, /Carla Bonn/);
    await page.goto(gridUrl);
    await expectHeading(page, 'Nicht gefunden');
    await page.getByText('Lückenraster und Transfers sehen nur die Kommunen eines gemeinsamen Lernnetzwerks.', { exact: false }).waitFor();
    await checkPage(page, 'lern-17-grid-foreign');
    await page.goto(gapUrl);
    await expectHeading(page, 'Nicht gefunden');
    await page.goto(transferUrl);
    await expectHeading(page, 'Nicht gefunden');
    await page.goto(`/lernnetzwerk/netzwerke/${app.world.netzwerk}/matches`);
    await expectHeading(page, 'Nicht gefunden');
  });

  it('fits narrow screens: the grid becomes a list, nothing scrolls the page sideways', async () => {
    const { page } = await app.open({ viewport: { width: 360, height: 780 } });
    await login(page, anna);
    await expectHeading(page, /Anna Gelsenkirchen/);
    for (const [url, heading, name] of [
      ['/lernnetzwerk', 'Lernnetzwerk', 'lern-narrow-start'],
      [gridUrl, 'Lückenraster', 'lern-narrow-grid'],
      [gapUrl, 'Prävention, Grundschule', 'lern-narrow-gap'],
      [transferUrl, schulsozialarbeitTitel, 'lern-narrow-transfer'],
      [`/lernnetzwerk/netzwerke/${app.world.netzwerk}/matches`, 'Matches', 'lern-narrow-matches'],
      ['/lernnetzwerk/praxis?q=Sozialarbeit', 'Praxisbibliothek', 'lern-narrow-library'],
    ] as const) {
      await page.goto(url);
      await expectHeading(page, heading);
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page);
      await checkPage(page, name);
    }
    // On a phone the grid reads as a list: the field of action, its age phase, its gap.
    await page.goto(gridUrl);
    await expectHeading(page, 'Lückenraster');
    const list = page.getByRole('region', { name: 'Lücken von Gelsenkirchen nach Handlungsfeld und Altersphase' });
    expect(await list.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Prävention']);
    expect(await list.innerText()).toMatch(/Grundschule \(6–9 Jahre\)\s+An unseren Grundschulen[\s\S]*Ohne Lücke: Sprachförderung, Leseförderung/);
  });
});
