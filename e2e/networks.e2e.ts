import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseInCombobox, chooseOption, expectHeading, login, navigate } from './support/app.js';
import { screenshot } from './support/browser.js';
import { lena, mika, otto, useNetworksApp } from './support/networks-fixtures.js';

const netzwerkName = 'Praxisnetzwerk Ruhr: Schulsozialarbeit';

function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The date cells (row headers) of a meetings table, in order. */
async function meetingDates(page: Page, caption: string): Promise<string[]> {
  const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
  return table.locator('tbody th').allInnerTexts();
}

describe('networks and meeting series', () => {
  const app = useNetworksApp();
  let page: Page;
  let networkUrl = '';

  it('lets a state coordinator found a network spanning two Kommunen', async () => {
    ({ page } = await app.open());
    await login(page, lena);
    await expectHeading(page, /Lena Landeskoordination/);
    await navigate(page, 'Netzwerke & Treffen');
    await expectHeading(page, 'Meine Netzwerke');
    await expect.poll(() => page.getByText('Sie gehören noch keinem Netzwerk an.', { exact: false }).isVisible()).toBe(true);
    await checkPage(page, 'networks-01-start-empty');

    await page.getByRole('link', { name: 'Netzwerk gründen' }).click();
    await expectHeading(page, 'Netzwerk gründen');
    // The Land comes from the coordinator's Land scope.
    await expect.poll(() => page.getByRole('button', { name: /Land$/ }).innerText()).toContain('Nordrhein-Westfalen');

    // Nothing filled in: the summary names every missing field.
    await page.getByRole('button', { name: 'Netzwerk gründen' }).click();
    const summary = page.locator('.kern-alert--danger').first();
    await expect.poll(() => summary.innerText()).toContain('Bitte geben Sie einen Namen an.');
    await expect.poll(() => summary.innerText()).toContain('Bitte wählen Sie die Ebene');
    await checkPage(page, 'networks-02-create-errors');

    await page.getByLabel('Name', { exact: true }).fill(netzwerkName);
    await page.getByLabel('Beschreibung').fill('Monatlicher Austausch der Schulsozialarbeit in Gelsenkirchen und Bochum.');
    await page.getByRole('radio', { name: 'Interkommunal' }).check();
    await page.getByRole('radio', { name: 'Praxis' }).check();
    // Without Kommunen an inter-municipal network is refused before anything is sent.
    await page.getByRole('button', { name: 'Netzwerk gründen' }).click();
    await expect.poll(() => page.locator('.kern-alert--danger').first().innerText()).toContain('Bitte wählen Sie mindestens eine Kommune');

    const kommunen = page.getByRole('combobox', { name: 'Beteiligte Kommunen' });
    const chosen = page.getByRole('list', { name: 'Gewählte Kommunen' });
    const isChosen = (name: string) => async () => (await chosen.getByRole('listitem').allInnerTexts()).includes(name);
    await chooseInCombobox(kommunen, 'Gelsen', /^Gelsenkirchen/, isChosen('Gelsenkirchen'));
    await chooseInCombobox(kommunen, 'Boch', /^Bochum/, isChosen('Bochum'));
    await expect.poll(() => chosen.getByRole('listitem').allInnerTexts()).toEqual(['Gelsenkirchen', 'Bochum']);
    await checkPage(page, 'networks-03-create-filled');

    await page.getByRole('button', { name: 'Netzwerk gründen' }).click();
    await expectHeading(page, netzwerkName);
    await status(page, 'wurde gegründet').waitFor();
    networkUrl = new URL(page.url()).pathname;
    expect(networkUrl).toMatch(/^\/netzwerke\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Ihre Rolle: Moderation').isVisible()).toBe(true);
    await checkPage(page, 'networks-04-network-overview');

    await page.goto('/netzwerke');
    await expectHeading(page, 'Meine Netzwerke');
    const row = page.locator('tbody tr').filter({ hasText: netzwerkName });
    await expect.poll(() => row.innerText()).toMatch(/Interkommunal[\s\S]*Praxis[\s\S]*Bochum, Gelsenkirchen[\s\S]*Moderation[\s\S]*1/);
    await checkPage(page, 'networks-05-start-list');
  });

  it('adds a member by e-mail and keeps the last moderation', async () => {
    await page.goto(networkUrl);
    await expectHeading(page, netzwerkName);
    await page.getByRole('tab', { name: 'Mitglieder' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?bereich=mitglieder');

    // Nobody has an account with this address: the server names the field.
    await page.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
    await page.getByRole('button', { name: 'Aufnehmen' }).click();
    await expect.poll(() => page.locator('.kern-error').first().innerText()).not.toBe('');

    await page.getByLabel('E-Mail-Adresse').fill(mika.email);
    await page.getByRole('button', { name: 'Aufnehmen' }).click();
    await status(page, `${mika.name} wurde als Mitglied aufgenommen.`).waitFor();
    const members = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Mitglieder' }) });
    await expect.poll(() => members.locator('tbody th').allInnerTexts()).toEqual([`${lena.name} (Sie)`, mika.name]);
    await checkPage(page, 'networks-06-members');

    // The only moderation cannot step down.
    await page.getByRole('button', { name: `Rolle ändern von ${lena.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rolle von ${lena.name} ändern` });
    await dialog.getByRole('radio', { name: 'Mitglied' }).check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/Moderation/);
    await checkPage(page);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'networks-06b-members-320');
    await page.goto('/netzwerke/neu');
    await expectHeading(page, 'Netzwerk gründen');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'networks-06c-create-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('creates the monthly Tuesday series of a school year from the template, with holiday choices', async () => {
    await page.goto(networkUrl);
    await page.getByRole('tab', { name: 'Sitzungsreihen' }).click();
    await page.getByRole('link', { name: 'Sitzungsreihe anlegen' }).click();
    await expectHeading(page, 'Sitzungsreihe anlegen');
    await checkPage(page, 'networks-07-series-empty');

    // "Termine prüfen" with nothing filled in names date and time.
    await page.getByRole('button', { name: 'Termine prüfen' }).click();
    await expect.poll(() => page.locator('.kern-alert--danger').first().innerText()).toContain('Bitte geben Sie das Datum an');

    await page.getByLabel('Titel der Reihe').fill('Online-Austausch Schulsozialarbeit');
    // A free rule from the simple controls, read back in words.
    await page.getByRole('radio', { name: 'wöchentlich' }).check();
    await page.getByLabel('Abstand in Wochen').fill('2');
    await chooseOption(page, 'Wochentag (optional)', 'Donnerstag');
    await page.getByRole('radio', { name: 'nach einer Anzahl von Treffen' }).check();
    await page.getByLabel('Anzahl der Treffen').fill('6');
    await expect.poll(() => page.locator('.app-networks-rule-words').innerText()).toContain('Alle 2 Wochen am Donnerstag, insgesamt 6 Treffen.');

    await chooseOption(page, 'Vorlage', /Schulsozialarbeit/);
    await status(page, /Vorlage .* übernommen/).waitFor();
    expect(await page.getByLabel('Beginn (Uhrzeit)').inputValue()).toBe('13:30');
    expect(await page.getByLabel('Dauer in Minuten').inputValue()).toBe('60');
    expect(await page.getByRole('radio', { name: 'monatlich' }).isChecked()).toBe(true);

    await page.getByLabel('Erstes Datum').fill('2027-08-10');
    // The whole school year instead of the template's ten meetings.
    await page.getByRole('radio', { name: 'an einem Datum' }).check();
    await page.getByLabel('Letzter möglicher Tag').fill('2028-07-31');
    await page.getByLabel('Link zum Online-Treffen').fill('https://meet.example.org/schulsozialarbeit');
    await expect
      .poll(() => page.locator('.app-networks-rule-words').innerText())
      .toContain('Jeden Monat am zweiten Dienstag, von 13:30 bis 14:30 Uhr, ab 10.08.2027, bis einschließlich 31.07.2028.');

    await page.getByRole('button', { name: 'Termine prüfen' }).click();
    await status(page, '3 von 12 Terminen fallen in Ferien oder auf Feiertage').waitFor();
    const preview = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Alle 12 Termine der Reihe' }) });
    await expect.poll(() => preview.locator('tbody th').allInnerTexts()).toEqual([
      '10.08.2027', '14.09.2027', '12.10.2027', '09.11.2027', '14.12.2027', '11.01.2028',
      '08.02.2028', '14.03.2028', '11.04.2028', '09.05.2028', '13.06.2028', '11.07.2028',
    ]);
    const summer = preview.locator('tbody tr').filter({ hasText: '10.08.2027' });
    expect(await summer.innerText()).toMatch(/Dienstag[\s\S]*13:30[\s\S]*Sommerferien 2027 Nordrhein-Westfalen/);
    const easter = page.getByRole('group', { name: /Termin am Di\., 11\.04\.2028/ });
    // The proposal is the default: the same weekday in the first free week.
    expect(await easter.getByRole('radio', { name: /^verschieben auf Di\., 25\.04\.2028/ }).isChecked()).toBe(true);
    await page.getByRole('group', { name: /Termin am Di\., 10\.08\.2027/ }).getByRole('radio', { name: 'ausfallen lassen' }).check();
    await page.getByRole('group', { name: /Termin am Di\., 11\.07\.2028/ }).getByRole('radio', { name: 'trotzdem stattfinden lassen' }).check();
    await expect.poll(() => page.locator('.app-networks-choice-summary').innerText()).toBe('Gespeichert werden 11 Treffen (1 verschoben, 1 fallen aus).');
    await checkPage(page, 'networks-08-series-preview');

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'networks-09-series-preview-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Changing the rule makes the preview stale; saving needs a new check.
    await page.getByLabel('Dauer in Minuten').fill('90');
    await status(page, 'Bitte prüfen Sie die Termine erneut').waitFor();
    expect(await page.getByRole('button', { name: 'Sitzungsreihe speichern' }).count()).toBe(0);
    await page.getByLabel('Dauer in Minuten').fill('60');
    await status(page, '3 von 12 Terminen').waitFor();
    // The choices made for the same dates are kept.
    expect(await page.getByRole('group', { name: /Termin am Di\., 10\.08\.2027/ }).getByRole('radio', { name: 'ausfallen lassen' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Sitzungsreihe speichern' }).click();
    await expectHeading(page, netzwerkName);
    await status(page, 'wurde mit 11 Treffen angelegt').waitFor();
    expect(new URL(page.url()).search).toBe('?bereich=treffen');
    await expect.poll(() => page.getByRole('tab', { name: 'Treffen', selected: true }).count()).toBe(1);
    const dates = await meetingDates(page, 'Kommende Treffen');
    // The cancelled date keeps its place in the series, marked as cancelled.
    expect(dates).toHaveLength(12);
    expect(dates.join('|')).toContain('25.04.2028');
    expect(dates.join('|')).not.toContain('11.04.2028');
    const cancelled = page.locator('tbody tr').filter({ hasText: '10.08.2027' });
    expect(await cancelled.innerText()).toContain('abgesagt: Sommerferien 2027');
    const july = page.locator('tbody tr').filter({ hasText: '11.07.2028' });
    expect(await july.innerText()).toContain('Ferien oder Feiertag: Sommerferien 2028');
    const april = page.locator('tbody tr').filter({ hasText: '25.04.2028' });
    expect(await april.innerText()).toContain('verschoben');
    await checkPage(page, 'networks-10-meetings');

    await page.getByRole('tab', { name: 'Sitzungsreihen' }).click();
    const series = page.locator('tbody tr').filter({ hasText: 'Online-Austausch Schulsozialarbeit' });
    await expect.poll(() => series.innerText()).toMatch(/Jeden Monat am zweiten Dienstag, von 13:30 bis 14:30 Uhr[\s\S]*11/);
    await checkPage(page, 'networks-11-series-list');
  });

  it('plans a single meeting and opens its page', async () => {
    await page.goto(`${networkUrl}?bereich=treffen`);
    await page.getByRole('link', { name: 'Einzeltermin anlegen' }).click();
    await expectHeading(page, 'Einzeltermin anlegen');
    await page.getByRole('button', { name: 'Treffen anlegen' }).click();
    await expect.poll(() => page.locator('.kern-alert--danger').first().innerText()).toContain('Bitte geben Sie einen Titel an.');
    await checkPage(page, 'networks-12-single-errors');

    await page.getByLabel('Titel', { exact: true }).fill('Auftakt im neuen Schuljahr');
    await page.getByLabel('Datum', { exact: true }).fill('2027-09-01');
    await page.getByLabel('Beginn (Uhrzeit)').fill('10:00');
    await page.getByLabel('Dauer in Minuten').fill('120');
    await page.getByLabel(/^Ort/).fill('Bildungsbüro Gelsenkirchen, Raum 2');
    await page.getByLabel(/^Plätze/).fill('zwölf');
    await page.getByRole('button', { name: 'Treffen anlegen' }).click();
    await expect.poll(() => page.locator('.kern-alert--danger').first().innerText()).toContain('Die Zahl der Plätze muss eine ganze Zahl sein.');
    await page.getByLabel(/^Plätze/).fill('12');
    await page.getByRole('button', { name: 'Treffen anlegen' }).click();
    await page.waitForURL(/\/netzwerke\/treffen\/[0-9a-f-]{36}$/);
    await page.locator('h1').first().waitFor();
    await checkPage(page, 'networks-13-single-created');

    await page.goto(`${networkUrl}?bereich=treffen`);
    const row = page.locator('tbody tr').filter({ hasText: 'Auftakt im neuen Schuljahr' });
    await expect.poll(() => row.innerText()).toMatch(/Mi\., 01\.09\.2027, 10:00–12:00 Uhr[\s\S]*Bildungsbüro Gelsenkirchen/);
  });

  it('shows the network to the new member, with the calendar subscription', async () => {
    const { page: member } = await app.open();
    await login(member, mika);
    await expectHeading(member, /Mika Fachkraft/);
    await navigate(member, 'Netzwerke & Treffen');
    await expectHeading(member, 'Meine Netzwerke');
    // A Fachkraft does not found networks.
    expect(await member.getByRole('link', { name: 'Netzwerk gründen' }).count()).toBe(0);
    const row = member.locator('tbody tr').filter({ hasText: netzwerkName });
    await expect.poll(() => row.innerText()).toMatch(/Mitglied[\s\S]*2[\s\S]*Mi\., 01\.09\.2027, 10:00 Uhr/);
    await checkPage(member, 'networks-14-member-start');

    await row.getByRole('link', { name: netzwerkName }).click();
    await expectHeading(member, netzwerkName);
    expect(await member.getByText('Ihre Rolle: Mitglied').isVisible()).toBe(true);
    // Members read the data but do not get the form or the archive button.
    expect(await member.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);
    expect(await member.getByRole('button', { name: 'Netzwerk archivieren' }).count()).toBe(0);
    await checkPage(member, 'networks-15-member-overview');

    await member.getByRole('tab', { name: 'Treffen' }).click();
    expect(await member.getByRole('link', { name: 'Einzeltermin anlegen' }).count()).toBe(0);
    await member.getByRole('tab', { name: 'Eingang' }).click();
    await member.getByText('Bisher hat kein anderes Netzwerk etwas weitergegeben.').waitFor();
    await checkPage(member);

    await member.getByRole('tab', { name: 'Kalender' }).click();
    await member.getByRole('button', { name: 'Kalender-Abo anlegen' }).click();
    const address = member.getByLabel('Adresse des Kalender-Abos');
    await expect.poll(() => address.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/kalender\/[^/]+\.ics$/);
    const feed = await address.inputValue();
    await expect.poll(() => member.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Kalender-Abo');
    await checkPage(member, 'networks-16-calendar-created');
    const ics = await fetch(feed);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('Online-Austausch Schulsozialarbeit');

    await member.getByRole('button', { name: 'Fertig' }).click();
    const abos = member.locator('tbody tr').filter({ hasText: netzwerkName });
    await abos.waitFor();
    await abos.getByRole('button', { name: /Widerrufen/ }).click();
    await member.getByRole('alertdialog', { name: 'Kalender-Abo widerrufen?' }).getByRole('button', { name: 'Widerrufen' }).click();
    await status(member, 'wurde widerrufen').waitFor();
    expect((await fetch(feed)).status).toBe(404);

    await member.setViewportSize({ width: 320, height: 800 });
    await member.goto(`${networkUrl}?bereich=treffen`);
    await expectHeading(member, netzwerkName);
    await expectNoHorizontalScroll(member);
    await screenshot(member, 'networks-17-member-meetings-320');
  });

  it('hides the network from a person of another network', async () => {
    const { page: other } = await app.open();
    await login(other, otto);
    await expectHeading(other, /Otto Bonn/);
    await other.goto('/netzwerke');
    await expectHeading(other, 'Meine Netzwerke');
    await expect.poll(() => other.locator('tbody th').allInnerTexts()).toEqual(['Steuergruppe Bildung Bonn']);
    await other.goto(networkUrl);
    await expectHeading(other, 'Netzwerk nicht gefunden');
    expect(await other.getByText(netzwerkName).count()).toBe(0);
    await checkPage(other, 'networks-18-not-found');
    await other.goto(`${networkUrl}/reihen/neu`);
    await expectHeading(other, 'Netzwerk nicht gefunden');
  });

  it('archives the network after asking, and restores it', async () => {
    await page.goto(networkUrl);
    await expectHeading(page, netzwerkName);
    await page.getByRole('button', { name: 'Netzwerk archivieren' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Netzwerk archivieren?' });
    await checkPage(page);
    await confirm.getByRole('button', { name: 'Archivieren' }).click();
    await status(page, 'wurde archiviert').waitFor();
    await page.getByText('Dieses Netzwerk ist archiviert.', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);
    await checkPage(page, 'networks-19-archived');

    await page.goto('/netzwerke');
    await expect.poll(() => page.locator('tbody th').count()).toBe(0);
    await page.getByRole('radio', { name: 'archivierte Netzwerke' }).check();
    await expect.poll(() => page.locator('tbody th').allInnerTexts()).toEqual([expect.stringContaining(netzwerkName)]);

    await page.goto(networkUrl);
    await page.getByRole('button', { name: 'Netzwerk wiederherstellen' }).click();
    await page.getByRole('alertdialog', { name: 'Netzwerk wiederherstellen?' }).getByRole('button', { name: 'Wiederherstellen' }).click();
    await status(page, 'wurde wiederhergestellt').waitFor();
    await page.getByRole('button', { name: 'Änderungen speichern' }).waitFor();
  });
});
