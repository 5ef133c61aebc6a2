import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkPage, chooseInCombobox, chooseOption, expectHeading, login, navigate } from './support/app.js';
import { screenshot } from './support/browser.js';
import { apiClient } from './support/nrw-world.js';
import { brokenRegistrationCsv, leaverCsv, unfamiliarRegistrationCsv, type unfamiliarHeaders } from './support/transitions-lists.js';
import { gerd, greta, kim, receiving, useTransitionsApp } from './support/transitions-world.js';

const rundeName = 'Übergang Grundschule – Gesamtschule 2027';

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const summary = (page: Page) => page.locator('.kern-alert--danger').first();
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

const tableRows = (scope: Page | Locator, caption: string | RegExp) => scope.getByRole('table', { name: caption }).locator('tbody tr');

async function uploadFile(page: Page, label: string, name: string, content: string): Promise<void> {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

describe('transitions: a round from opening to deletion', () => {
  const app = useTransitionsApp();
  let coordinator: Page;
  let feederPage: Page;
  let rundeUrl = '';

  it('lets the coordinator open a round, with German errors for bad input first', async () => {
    ({ page: coordinator } = await app.open());
    const page = coordinator;
    await login(page, kim);
    await expectHeading(page, /Kim Koordination/);
    await navigate(page, 'Übergänge');
    await expectHeading(page, 'Übergänge');
    await page.getByText('Es gibt noch keine Übergangsrunde, die Sie sehen können. Öffnen Sie mit „Neue Runde“ eine.').waitFor();
    await checkPage(page, 'trans-01-start-empty');

    await page.getByRole('link', { name: 'Neue Runde' }).click();
    await expectHeading(page, 'Neue Übergangsrunde');
    // The coordinator's only Kommune is chosen already; the retention defaults to 30 days.
    await expect.poll(() => page.getByRole('button', { name: /Kommune$/ }).innerText()).toContain('Köln');
    expect(await page.getByLabel('Aufbewahrungsfrist in Tagen').inputValue()).toBe('30');

    await page.getByLabel('Schuljahr').fill('2027/2028');
    await page.getByRole('button', { name: 'Runde öffnen' }).click();
    const errors = summary(page);
    await expect.poll(() => errors.innerText()).toContain('Die Bezeichnung muss mindestens 3 Zeichen lang sein.');
    const text = await errors.innerText();
    expect(text).toContain('Das Schuljahr bitte als 2027/28 angeben.');
    expect(text).toContain('Bitte geben Sie die Frist an.');
    expect(text).toContain('Bitte mindestens eine abgebende Schule wählen.');
    expect(text).toContain('Bitte mindestens eine aufnehmende Schule wählen.');
    await expect.poll(() => page.getByLabel('Schuljahr').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'trans-02-create-errors');

    await page.getByLabel('Bezeichnung').fill(rundeName);
    await page.getByLabel('Schuljahr').fill('2027/28');
    await page.getByLabel('Frist für die Listen').fill('2027-03-15');
    await page.getByLabel('Aufbewahrungsfrist in Tagen').fill('0');
    const abgebend = page.getByRole('combobox', { name: 'Abgebende Schulen' });
    const aufnehmend = page.getByRole('combobox', { name: 'Aufnehmende Schulen' });
    const chosen = (list: string) => async () => (await page.getByRole('list', { name: list }).getByRole('listitem').allInnerTexts()).length === 1;
    await chooseInCombobox(abgebend, 'Merian', /^GGS Merianstraße/, chosen('Gewählte abgebende Schulen'));
    // The Schulnummer finds a school as well as its name.
    await chooseInCombobox(aufnehmend, app.world.receivingNummer, /^Gesamtschule Kalk/, chosen('Gewählte aufnehmende Schulen'));
    await checkPage(page, 'trans-03-create-filled');

    await page.getByRole('button', { name: 'Runde öffnen' }).click();
    await expectHeading(page, rundeName);
    await status(page, `Die Runde „${rundeName}“ wurde geöffnet.`).waitFor();
    rundeUrl = new URL(page.url()).pathname;
    expect(rundeUrl).toMatch(/^\/uebergaenge\/[0-9a-f-]{36}$/);
    const facts = await page.locator('.app-trans-facts').first().innerText();
    expect(facts).toMatch(/Frist für die Listen\s+15\.03\.2027/);
    expect(facts).toMatch(/Aufbewahrung\s+personenbezogene Daten beim Abschluss sofort löschen/);
    expect(facts).toMatch(/Löschung am\s+beim Abschluss/);
    await expect.poll(() => tableRows(page, 'Schulen der Runde mit dem Stand ihrer Liste').allInnerTexts()).toEqual([
      expect.stringMatching(/GGS Merianstraße[\s\S]*abgebende Schule[\s\S]*noch nicht hochgeladen[\s\S]*0/),
      expect.stringMatching(/Gesamtschule Kalk[\s\S]*aufnehmende Schule[\s\S]*noch nicht hochgeladen[\s\S]*0/),
    ]);
    await checkPage(page, 'trans-04-round-new');
  });

  it('lets the feeder school upload its leaver list, and keeps the review closed to it', async () => {
    const { page } = await app.open();
    feederPage = page;
    await login(page, greta);
    await expectHeading(page, /Greta Grundschule/);
    await navigate(page, 'Übergänge');
    await expectHeading(page, 'Übergänge');
    const row = page.locator('tbody tr').filter({ hasText: rundeName });
    await expect.poll(() => row.innerText()).toMatch(/Köln[\s\S]*2027\/28[\s\S]*15\.03\.2027[\s\S]*offen[\s\S]*Schulleitung \(Abgangsliste der GGS Merianstraße\)/);
    // Only coordinators open rounds.
    expect(await page.getByRole('link', { name: 'Neue Runde' }).count()).toBe(0);
    await checkPage(page, 'trans-05-start-school');

    await row.getByRole('link', { name: rundeName }).click();
    await expectHeading(page, rundeName);
    expect(await page.getByRole('heading', { name: 'Koordination' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Abgangsliste der GGS Merianstraße' }).waitFor();
    await checkPage(page, 'trans-06-round-school');

    await page.getByRole('link', { name: 'Abgangsliste hochladen und ansehen' }).click();
    await expectHeading(page, 'Abgangsliste der GGS Merianstraße');
    await page.getByText('Es ist noch keine Liste gespeichert.').waitFor();
    await uploadFile(page, 'Datei der Abgangsliste', 'abgang.csv', leaverCsv(receiving.name));
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await status(page, 'Die Datei ist in Ordnung: 6 Einträge.').waitFor();
    const read = await tableRows(page, 'So wurden die Spalten gelesen').allInnerTexts();
    expect(read).toContain('Familienname\tNachname');
    expect(read).toContain('Geb.-Datum\tGeburtsdatum');
    expect(read).toContain('Zielschule\terwartete aufnehmende Schule');
    // Checked only: nothing is stored yet.
    expect(await page.getByText('Es ist noch keine Liste gespeichert.').isVisible()).toBe(true);
    await checkPage(page, 'trans-07-leavers-checked');

    await page.getByRole('button', { name: 'Liste speichern' }).click();
    await status(page, 'Die Abgangsliste wurde gespeichert: 6 Einträge.').waitFor();
    const entries = tableRows(page, /Abgangsliste der GGS Merianstraße/);
    await expect.poll(() => entries.count()).toBe(6);
    expect(await entries.first().innerText()).toMatch(/Yilmaz, Elif[\s\S]*14\.03\.2016[\s\S]*4a[\s\S]*Gesamtschule Kalk[\s\S]*noch nicht abgeglichen/);
    await page.getByRole('searchbox', { name: 'Nach Namen suchen' }).fill('lina');
    await expect.poll(() => entries.allInnerTexts()).toEqual([expect.stringContaining('Krüger, Lina')]);
    await checkPage(page, 'trans-08-leavers-saved');

    // The review of uncertain pairs belongs to the coordination.
    await page.goto(`${rundeUrl}/pruefung`);
    await expectHeading(page, 'Kein Zugriff');
    await page.getByText('Unsichere Paare und alle Fälle sieht nur die Koordination der Runde', { exact: false }).waitFor();
    await checkPage(page, 'trans-09-review-forbidden');
  });

  it('shows the receiving school the errors of a broken file, then the column mapping', async () => {
    const { page } = await app.open();
    await login(page, gerd);
    await expectHeading(page, /Gerd Gesamtschule/);
    await page.goto(rundeUrl);
    await expectHeading(page, rundeName);
    await page.getByRole('link', { name: 'Anmeldeliste hochladen und ansehen' }).click();
    await expectHeading(page, 'Anmeldeliste der Gesamtschule Kalk');

    // A birth date that is no calendar day in row 3: the row is named and nothing is stored.
    await uploadFile(page, 'Datei der Anmeldeliste', 'anmeldungen.csv', brokenRegistrationCsv());
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Die Datei enthält 1 Fehler. Es wurde nichts gespeichert.' }).waitFor();
    await expect.poll(() => tableRows(page, 'Fehler je Zeile').allInnerTexts()).toEqual([expect.stringMatching(/^3\s+Geburtsdatum\s+„31\.02\.2016“ ist kein gültiger Kalendertag\./)]);
    expect(await page.getByRole('button', { name: 'Liste speichern' }).count()).toBe(0);
    expect(await page.getByText('Es ist noch keine Liste gespeichert.').isVisible()).toBe(true);
    await checkPage(page, 'trans-10-registrations-broken');

    // Another school software: its headers are not recognised, so the page asks for them.
    await uploadFile(page, 'Datei der Anmeldeliste', 'anmeldungen-export.csv', unfamiliarRegistrationCsv());
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nicht alle Spalten wurden erkannt. Es wurde nichts gespeichert.' }).waitFor();
    await page.getByRole('heading', { name: 'Spalten zuordnen' }).waitFor();
    expect(await page.locator('.app-trans-mapping').innerText()).toContain('es fehlt: Kennung, Nachname, Vorname, Geburtsdatum');
    // Klasse, PLZ and Wohnort were recognised by name and come preselected.
    await expect.poll(() => page.getByRole('button', { name: /Spalte „Wohnort“$/ }).innerText()).toContain('Ort');
    await checkPage(page, 'trans-11-mapping');

    const mapping: Record<(typeof unfamiliarHeaders)[number], string | null> = {
      'Lfd. Kennzeichen': 'Kennung',
      'Zuname des Kindes': 'Nachname',
      'Vorname des Kindes': 'Vorname',
      'Geboren am': 'Geburtsdatum',
      'Geschl.': 'Geschlecht',
      Klasse: null,
      Wohnstraße: 'Straße',
      PLZ: null,
      Wohnort: null,
    };
    for (const [header, feld] of Object.entries(mapping)) if (feld) await chooseOption(page, `Spalte „${header}“`, new RegExp(`^${feld}$`));
    await page.getByRole('button', { name: 'Zuordnung prüfen' }).click();
    await status(page, 'Die Datei ist in Ordnung: 6 Einträge.').waitFor();
    expect(await tableRows(page, 'So wurden die Spalten gelesen').allInnerTexts()).toContain('Zuname des Kindes\tNachname');
    await checkPage(page, 'trans-12-mapping-checked');

    await page.getByRole('button', { name: 'Liste speichern' }).click();
    await status(page, 'Die Anmeldeliste wurde gespeichert: 6 Einträge.').waitFor();
    const entries = tableRows(page, /Anmeldeliste der Gesamtschule Kalk/);
    await expect.poll(() => entries.count()).toBe(6);
    expect(await entries.allInnerTexts()).toContainEqual(expect.stringMatching(/Mya, Novak[\s\S]*13\.08\.2015[\s\S]*5b/));
    await checkPage(page, 'trans-13-registrations-saved');
  });

  it('lets the coordinator run the matching and decide the uncertain pair', async () => {
    const page = coordinator;
    await page.goto(rundeUrl);
    await expectHeading(page, rundeName);
    await expect.poll(() => tableRows(page, 'Schulen der Runde mit dem Stand ihrer Liste').allInnerTexts()).toEqual([
      expect.stringMatching(/GGS Merianstraße[\s\S]*6 Einträge/),
      expect.stringMatching(/Gesamtschule Kalk[\s\S]*6 Einträge/),
    ]);
    await page.getByRole('button', { name: 'Abgleich starten' }).click();
    await status(page, 'Abgleich abgeschlossen: 4 sicher zugeordnet, 1 zur Prüfung, 2 neue Fälle, 0 Fälle entfallen.').waitFor();
    await page.getByRole('link', { name: 'Prüfung unsicherer Paare (1 offen)' }).waitFor();
    await page.getByRole('link', { name: 'Fälle (2 offen)' }).waitFor();
    await checkPage(page, 'trans-14-round-matched');

    await page.getByRole('link', { name: 'Prüfung unsicherer Paare (1 offen)' }).click();
    await expectHeading(page, 'Prüfung unsicherer Paare');
    const pair = page.getByRole('article');
    await expect.poll(() => pair.count()).toBe(1);
    const title = await pair.getByRole('heading', { level: 2 }).innerText();
    const prozent = Number(/Wahrscheinlichkeit (\d+)\s%/.exec(title)?.[1]);
    expect(prozent, title).toBeGreaterThanOrEqual(20);
    expect(prozent, title).toBeLessThan(90);
    const compare = await pair.getByRole('table').innerText();
    expect(compare).toMatch(/Nachname\s+Nowak\s+Mya/);
    expect(compare).toMatch(/Geburtsdatum\s+23\.11\.2015\s+13\.08\.2015/);
    expect(compare).toMatch(/Schule\s+GGS Merianstraße\s+Gesamtschule Kalk/);
    expect(await pair.locator('.app-trans-felder').innerText()).toContain('Reihenfolge der Namen: Nach- und Vorname vertauscht');
    await checkPage(page, 'trans-15-review');

    await pair.getByRole('button', { name: 'Dasselbe Kind' }).click();
    await status(page, 'Gespeichert: Nowak, Mia – dasselbe Kind.').waitFor();
    await expect.poll(() => pair.innerText()).toContain('Entschieden: dasselbe Kind');
    // No pair is left: focus goes to the note that says so.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Alle angezeigten Paare sind entschieden.');
    await page.getByRole('radio', { name: 'Alle Paare' }).check();
    await expect.poll(() => pair.locator('.kern-badge').innerText()).toBe('dasselbe Kind');
    await checkPage(page, 'trans-16-review-decided');

    // Narrow screens: the pair and its table reflow without scrolling the page sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'trans-16-review-narrow');
    await page.goto(rundeUrl);
    await expectHeading(page, rundeName);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'trans-16-round-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the feeder school the case assigned to it, with the name of the child', async () => {
    const page = feederPage;
    await page.goto(rundeUrl);
    await expectHeading(page, rundeName);
    const own = tableRows(page, 'Offene Fälle der GGS Merianstraße');
    await expect.poll(() => own.allInnerTexts()).toEqual([expect.stringMatching(/nirgends angemeldet \(unversorgt\)[\s\S]*Krüger, Lina[\s\S]*GGS Merianstraße[\s\S]*offen/)]);
    await checkPage(page, 'trans-17-round-school-cases');

    await own.getByRole('link', { name: 'nirgends angemeldet (unversorgt)' }).click();
    await expectHeading(page, /^Fall: nirgends angemeldet \(unversorgt\)$/);
    // The school works on the case but does not assign it.
    expect(await page.getByRole('heading', { name: 'Zuweisung' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Fall erledigen' }).waitFor();
    expect(await page.locator('.app-trans-entry-card').innerText()).toMatch(/Nachname\s+Krüger/);
    await checkPage(page, 'trans-18-case-school');

    await page.getByRole('link', { name: 'Zur Liste der Fälle' }).click();
    await expectHeading(page, 'Fälle');
    await status(page, '1 Fall').waitFor();
    // The school sees its entries with the state the matching gave them.
    await page.goto(`${rundeUrl}/listen/${app.world.feederId}/abgang`);
    const entries = tableRows(page, /Abgangsliste der GGS Merianstraße/);
    await expect.poll(() => entries.allInnerTexts()).toContainEqual(expect.stringMatching(/Krüger, Lina[\s\S]*nirgends angemeldet/));
    expect(await entries.allInnerTexts()).toContainEqual(expect.stringMatching(/Yilmaz, Elif[\s\S]*angemeldet/));
  });

  it('lets the coordinator work on a case: assign, comment, resolve with a reason', async () => {
    const page = coordinator;
    await page.goto(`${rundeUrl}/faelle`);
    await expectHeading(page, 'Fälle');
    await status(page, '2 Fälle').waitFor();
    const cases = tableRows(page, 'Fälle der Runde');
    const texts = await cases.allInnerTexts();
    expect(texts).toContainEqual(expect.stringMatching(/nirgends angemeldet \(unversorgt\)[\s\S]*Krüger, Lina \(geb\. 09\.05\.2016\)[\s\S]*GGS Merianstraße[\s\S]*offen/));
    expect(texts).toContainEqual(expect.stringMatching(/Anmeldung ohne bekannte abgebende Schule[\s\S]*Becker, Noah[\s\S]*Gesamtschule Kalk[\s\S]*offen/));
    await chooseOption(page, 'Art', 'an mehreren Schulen angemeldet');
    await status(page, '0 Fälle').waitFor();
    await page.getByText('Keine Fälle für diese Auswahl.').waitFor();
    await chooseOption(page, 'Art', 'Alle Arten');
    await status(page, '2 Fälle').waitFor();
    await checkPage(page, 'trans-19-cases');

    await cases.filter({ hasText: 'Krüger, Lina' }).getByRole('link', { name: 'nirgends angemeldet (unversorgt)' }).click();
    await expectHeading(page, /^Fall: nirgends angemeldet \(unversorgt\)$/);
    await page.getByText('ist aber an keiner aufnehmenden Schule der Runde angemeldet', { exact: false }).waitFor();
    expect(await page.locator('.app-trans-facts').innerText()).toMatch(/Zugewiesen an\s+GGS Merianstraße/);
    await checkPage(page, 'trans-20-case');

    await chooseOption(page, 'Zuweisen an', 'Gesamtschule Kalk');
    await page.getByRole('button', { name: 'Zuweisung speichern' }).click();
    await status(page, 'Der Fall ist jetzt der Gesamtschule Kalk zugewiesen.').waitFor();
    await expect.poll(() => page.locator('.app-trans-facts').innerText()).toMatch(/Zugewiesen an\s+Gesamtschule Kalk/);

    await page.getByLabel('Neuer Kommentar').fill('Laut Grundschule ist die Familie im Sommer nach Bonn gezogen.');
    await page.getByRole('button', { name: 'Kommentar hinzufügen' }).click();
    await status(page, 'Der Kommentar wurde gespeichert.').waitFor();
    await expect.poll(() => page.locator('.app-trans-comment').allInnerTexts()).toEqual([expect.stringMatching(/Kim Koordination[\s\S]*nach Bonn gezogen/)]);
    expect(await page.getByLabel('Neuer Kommentar').inputValue()).toBe('');

    // "sonstiger Grund" needs a note.
    await chooseOption(page, 'Grund', 'sonstiger Grund (siehe Notiz)');
    await page.getByRole('button', { name: 'Fall erledigen' }).click();
    await expect.poll(() => summary(page).innerText()).toContain('Bei „sonstiger Grund“ bitte eine Notiz angeben.');

    // Someone else changes the case meanwhile: the server's message, and the input stays.
    const send = await apiClient(app.url, kim);
    const fallPath = new URL(page.url()).pathname.replace('/uebergaenge/', '/api/uebergaenge/runden/');
    const stored = await send<{ version: number }>('GET', fallPath);
    await send('POST', `${fallPath}/zuweisung`, { schuleId: app.world.feederId, version: stored.version });
    await chooseOption(page, 'Grund', 'verzogen (Schule außerhalb der Kommune)');
    await page.getByLabel(/^Notiz/).fill('Anmeldung an einer Bonner Gesamtschule bestätigt.');
    await page.getByRole('button', { name: 'Fall erledigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Der Fall wurde inzwischen geändert' }).waitFor();
    await checkPage(page, 'trans-21-case-conflict');
    expect(await page.getByLabel(/^Notiz/).inputValue()).toBe('Anmeldung an einer Bonner Gesamtschule bestätigt.');
    await expect.poll(() => page.locator('.app-trans-facts').innerText()).toMatch(/Zugewiesen an\s+GGS Merianstraße/);
    // The assignment form had nothing unsaved: it shows the stored assignment.
    await expect.poll(() => page.getByRole('button', { name: /Zuweisen an$/ }).innerText()).toContain('GGS Merianstraße');

    await page.getByRole('button', { name: 'Fall erledigen' }).click();
    await status(page, 'Der Fall wurde erledigt: verzogen (Schule außerhalb der Kommune).').waitFor();
    const facts = await page.locator('.app-trans-facts').innerText();
    expect(facts).toMatch(/Status\s+erledigt/);
    expect(facts).toMatch(/Grund\s+verzogen \(Schule außerhalb der Kommune\)/);
    expect(facts).toMatch(/Notiz\s+Anmeldung an einer Bonner Gesamtschule bestätigt\./);
    await page.getByRole('button', { name: 'Fall wieder öffnen' }).waitFor();
    await checkPage(page, 'trans-22-case-resolved');
  });

  it('shows the overview without names, then closes the round and deletes the personal data', async () => {
    const page = coordinator;
    await page.goto(`${rundeUrl}/uebersicht`);
    await expectHeading(page, 'Übersicht je Schule');
    const rows = tableRows(page, 'Einträge, Zuordnungen und Fälle je Schule');
    await expect.poll(() => rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^GGS Merianstraße\tabgebende Schule\t6\t5\t0\t1\s+nirgends angemeldet \(unversorgt\): 0 offen, 1 erledigt$/),
      expect.stringMatching(/^Gesamtschule Kalk\taufnehmende Schule\t6\t5\t1\t0\s+Anmeldung ohne bekannte abgebende Schule: 1 offen, 0 erledigt$/),
    ]);
    const text = await page.locator('main').innerText();
    for (const name of ['Krüger', 'Becker', 'Nowak', 'Yilmaz']) expect(text).not.toContain(name);
    await checkPage(page, 'trans-23-overview');

    await page.goto(rundeUrl);
    await expectHeading(page, rundeName);
    await page.getByRole('button', { name: 'Runde abschließen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Runde abschließen?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('werden sofort beim Abschluss gelöscht');
    await checkPage(page, 'trans-24-close-dialog');
    await dialog.getByRole('button', { name: 'Runde abschließen' }).click();
    await status(page, 'Die Runde wurde abgeschlossen und alle personenbezogenen Daten wurden gelöscht.').waitFor();
    await expect.poll(() => page.locator('.app-trans-facts').first().innerText()).toMatch(/Status\s+abgeschlossen, personenbezogene Daten gelöscht/);
    await page.getByText('Die personenbezogenen Daten dieser Runde wurden gelöscht').waitFor();
    // The anonymous counts stay.
    expect(await page.getByRole('region', { name: 'Zahlen der Runde' }).innerText()).toMatch(/Erledigte Fälle\s+1/);
    expect(await page.getByRole('button', { name: 'Abgleich starten' }).count()).toBe(0);
    await checkPage(page, 'trans-25-round-deleted');

    await page.goto(`${rundeUrl}/faelle`);
    await expectHeading(page, 'Fälle');
    await page.getByText('wurden alle Fälle mit Namen, Kommentaren und Notizen gelöscht', { exact: false }).waitFor();
    await checkPage(page, 'trans-26-cases-deleted');

    const { page: school } = await app.open();
    await login(school, gerd);
    await expectHeading(school, /Gerd Gesamtschule/);
    await school.goto(`${rundeUrl}/listen/${app.world.receivingId}/anmeldung`);
    await expectHeading(school, /Anmeldeliste/);
    await school.getByText('Die personenbezogenen Daten wurden gelöscht').waitFor();
    expect(await school.locator('main').innerText()).not.toContain('Becker');
    await checkPage(school, 'trans-27-list-deleted');
  });
});
