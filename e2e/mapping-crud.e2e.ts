import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseInCombobox, chooseOption, expectHeading, login, navigate, setupFirstAdmin } from './support/app.js';
import { screenshot } from './support/browser.js';
import { useAppWithSchools } from './support/server-with-schools.js';

const kim = { name: 'Kim Koordination', email: 'kim@koeln.example', password: 'Kim-ist-neu-2025' };
const sabine = { name: 'Sabine Schulleitung', email: 'sabine@ernstberg.example', password: 'Sabine-leitet-2025' };
const school = { nummer: '111910', name: 'Städt. Gem. Grundschule Ernstbergstr.' };

interface Entry {
  id: string;
  version: number;
  [key: string]: unknown;
}

/** A JSON call with the page's session (cookies and CSRF token), as the web client makes it. */
async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<{ status: number; body: T }> {
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : undefined) as T };
}

async function apiOk<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const { status, body } = await apiCall<T>(page, method, path, data);
  expect(status, `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

/** Invites a person through the API (as the admin) and accepts the invitation with a password. */
async function invitePerson(admin: Page, baseUrl: string, person: typeof kim, scopeId: string, role: string): Promise<void> {
  const { link } = await apiOk<{ link: string }>(admin, 'POST', '/api/users/invitations', { email: person.email, name: person.name, scopeId, role });
  const token = new URL(link, baseUrl).pathname.split('/').pop()!;
  const accepted = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: person.name, password: person.password }),
  });
  expect(accepted.status).toBe(200);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

/** Picks a school in a site picker by typing its Schulnummer. */
async function pickSchool(page: Page, label: string, nummer: string, name: string): Promise<void> {
  const combo = page.getByRole('combobox', { name: label });
  await combo.fill(nummer);
  await page.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
}

/** Picks an actor in an actor picker by typing part of its name. */
async function pickAkteur(page: Page, label: string, name: string): Promise<void> {
  const combo = page.getByRole('combobox', { name: label });
  await chooseInCombobox(combo, name.slice(0, 8), new RegExp(`^${name}`), async () => (await combo.inputValue()) === name);
}

/** Names in the first column of the list's table. */
async function names(page: Page): Promise<string[]> {
  return page.locator('.app-table tbody tr th a').allInnerTexts();
}

/** The body of an offer for PATCH, from what GET returned. */
function offerBody(a: Record<string, unknown>) {
  return {
    titel: a.titel,
    beschreibung: a.beschreibung,
    akteurId: a.akteurId,
    handlungsfeld: a.handlungsfeld,
    ebene: a.ebene,
    altersphasen: a.altersphasen,
    zielgruppe: a.zielgruppe,
    standortIds: (a.standorte as Array<{ id: string }>).map((s) => s.id),
    stundenProWoche: a.stundenProWoche,
    finanzierung: a.finanzierung,
    beginn: a.beginn,
    ende: a.ende,
    status: a.status,
    geteilt: a.geteilt,
  };
}

describe('actors, offers and cooperations', () => {
  const app = useAppWithSchools();
  let admin: Page;
  let page: Page;
  let kommuneId = '';
  let schoolId = '';
  let other = { id: '', nummer: '', name: '' };
  let akteurUrl = '';
  let angebotUrl = '';
  let kooperationUrl = '';
  let ssaId = '';

  it('sets up Köln with a coordinator and the school leadership of 111910', async () => {
    ({ page: admin } = await app.open());
    await setupFirstAdmin(admin);
    const kommunen = await apiOk<{ items: Array<{ id: string; ags: string }> }>(admin, 'GET', '/api/directory/kommunen?q=K%C3%B6ln');
    kommuneId = kommunen.items.find((k) => k.ags === '05315000')!.id;
    const found = await apiOk<{ items: Array<{ id: string; schulnummer: string; name: string }> }>(admin, 'GET', `/api/directory/schulen?q=${school.nummer}`);
    schoolId = found.items[0]!.id;
    const koeln = await apiOk<{ items: Array<{ id: string; schulnummer: string; name: string }> }>(admin, 'GET', `/api/directory/schulen?kommuneId=${kommuneId}&pageSize=5`);
    const pick = koeln.items.find((s) => s.schulnummer !== school.nummer)!;
    other = { id: pick.id, nummer: pick.schulnummer, name: pick.name };
    await invitePerson(admin, app.url, kim, kommuneId, 'kommunalkoordination');
    await invitePerson(admin, app.url, sabine, schoolId, 'schulleitung');

    // The administration has no Kommune of its own and picks one.
    await admin.goto('/akteure/liste');
    await expectHeading(admin, 'Akteure');
    await admin.getByText('Bitte wählen Sie eine Kommune.').waitFor();
    const combo = admin.getByRole('combobox', { name: 'Kommune' });
    await combo.fill('Köl');
    await admin.getByRole('option', { name: 'Köln', exact: true }).click();
    await admin.waitForURL(new RegExp(`/akteure/liste\\?kommune=${kommuneId}$`));
    await admin.getByText('In Köln sind noch keine Akteure erfasst.').waitFor();

    ({ page } = await app.open());
    await login(page, kim);
    await expectHeading(page, `Willkommen, ${kim.name}`);
  });

  it('opens the module with the own Kommune and its sub-navigation', async () => {
    await navigate(page, 'Akteure & Angebote');
    await expectHeading(page, 'Akteure & Angebote');
    await page.waitForURL(new RegExp(`kommune=${kommuneId}`));
    await expect.poll(() => page.getByRole('combobox', { name: 'Kommune' }).inputValue()).toBe('Köln');
    const subnav = page.getByRole('navigation', { name: 'Bereiche von Akteure & Angebote' });
    expect(await subnav.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Übersicht', 'Akteure', 'Angebote', 'Kooperationen']));
    expect(await subnav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('0 Akteure').waitFor();
    await checkPage(page, 'mapping-start-1280');
  });

  it('creates an actor with a new custom type, a functional contact and a site', async () => {
    await page.getByRole('navigation', { name: 'Bereiche von Akteure & Angebote' }).getByRole('link', { name: 'Akteure' }).click();
    await expectHeading(page, 'Akteure');
    await page.getByText('In Köln sind noch keine Akteure erfasst.').waitFor();
    await page.getByRole('link', { name: 'Akteur anlegen' }).click();
    await expectHeading(page, 'Akteur anlegen');

    // Nothing filled in: the summary names the required fields.
    await page.getByRole('button', { name: 'Akteur anlegen' }).click();
    for (const message of ['Bitte einen Namen angeben.', 'Bitte eine Art wählen.', 'Bitte einen Kreis wählen.']) {
      await page.getByRole('link', { name: message }).waitFor();
    }

    await page.getByLabel('Name', { exact: true }).fill('Familienzentrum Nord');
    await page.getByRole('button', { name: 'Neue Art anlegen' }).click();
    await page.getByLabel('Bezeichnung der neuen Art').fill('Familienzentrum');
    await page.getByRole('button', { name: 'Art anlegen' }).click();
    await status(page, 'Die Art „Familienzentrum“ wurde angelegt und ausgewählt.').waitFor();
    await page.getByRole('button', { name: /^Familienzentrum Art$/ }).waitFor();

    // The same type twice: the server's message appears at the field.
    await page.getByRole('button', { name: 'Neue Art anlegen' }).click();
    await page.getByLabel('Bezeichnung der neuen Art').fill('familienzentrum');
    await page.getByRole('button', { name: 'Art anlegen' }).click();
    await page.getByText('Diese Art gibt es bereits.').waitFor();
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    await page.getByRole('radio', { name: 'Externe Partner:innen' }).check();
    await page.getByLabel(/^Beschreibung/).fill('Beratung und Begegnung für Familien im Stadtteil.');
    await page.getByText(/keine persönlichen Daten einzelner Personen/).waitFor();
    await page.getByLabel('Funktion', { exact: true }).fill('Leitung Familienzentrum');
    await page.getByLabel('E-Mail-Adresse (Funktionspostfach)').fill('kein-mail');
    await pickSchool(page, 'Standorte', school.nummer, school.name);
    await page.getByRole('list', { name: 'Gewählte Standorte' }).getByText(school.name).waitFor();
    await page.getByRole('checkbox', { name: 'Für andere Kommunen sichtbar (geteilt)' }).check();
    await page.getByRole('button', { name: 'Akteur anlegen' }).click();
    await page.getByRole('link', { name: 'Bitte eine gültige E-Mail-Adresse angeben (Funktionsadresse).' }).waitFor();
    await checkPage(page, 'mapping-akteur-errors');

    await page.getByLabel('E-Mail-Adresse (Funktionspostfach)').fill('familienzentrum-nord@stadt-koeln.example');
    await page.getByRole('button', { name: 'Akteur anlegen' }).click();
    await expectHeading(page, 'Familienzentrum Nord');
    await status(page, 'Der Akteur „Familienzentrum Nord“ wurde angelegt.').waitFor();
    akteurUrl = page.url();
    const akteur = await apiOk<{ typ: string; typLabel: string; kreis: string; standorte: Array<{ id: string }>; geteilt: boolean; kontaktEmail: string }>(
      page,
      'GET',
      `/api/mapping/akteure/${akteurUrl.split('/').pop()}`,
    );
    expect(akteur).toMatchObject({ typ: 'eigen-familienzentrum', typLabel: 'Familienzentrum', kreis: 'extern', geteilt: true, kontaktEmail: 'familienzentrum-nord@stadt-koeln.example' });
    expect(akteur.standorte.map((s) => s.id)).toEqual([schoolId]);
    await page.getByText('Dieser Akteur hat noch keine Angebote.').waitFor();
    await checkPage(page, 'mapping-akteur-detail');

    // A second actor (through the API) as partner for the cooperation.
    ssaId = (
      await apiOk<{ id: string }>(page, 'POST', `/api/mapping/kommunen/${kommuneId}/akteure`, {
        name: 'Schulsozialarbeit Chorweiler',
        typ: 'schulsozialarbeit',
        kreis: 'kernteam',
        standortIds: [schoolId],
      })
    ).id;
  });

  it('rejects an offer without title and with the end before the start', async () => {
    await page.getByRole('navigation', { name: 'Bereiche von Akteure & Angebote' }).getByRole('link', { name: 'Angebote' }).click();
    await expectHeading(page, 'Angebote');
    await page.getByRole('link', { name: 'Angebot anlegen' }).click();
    await expectHeading(page, 'Angebot anlegen');
    await page.getByLabel(/^Beginn/).fill('2025-09-01');
    await page.getByLabel(/^Ende/).fill('2025-08-01');
    await page.getByLabel(/^Stunden pro Woche/).fill('2,3');
    await page.getByRole('button', { name: 'Angebot anlegen' }).click();
    for (const message of [
      'Bitte einen Titel angeben.',
      'Bitte ein Handlungsfeld wählen.',
      'Bitte mindestens eine Altersphase wählen.',
      'Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).',
      'Das Ende darf nicht vor dem Beginn liegen.',
    ]) {
      await page.getByRole('link', { name: message }).waitFor();
    }
    // Each message also stands at its field, and the summary link moves the focus there.
    expect(await page.getByLabel(/^Titel/).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('link', { name: 'Das Ende darf nicht vor dem Beginn liegen.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('angebot-ende');
    await checkPage(page, 'mapping-angebot-errors');
  });

  it('creates an offer at two sites with 2,5 hours a week', async () => {
    await page.getByLabel(/^Titel/).fill('Sprachcafé für Eltern');
    await page.getByLabel(/^Beschreibung/).fill('Wöchentliches Treffen mit Sprachförderung für Eltern und Kinder.');
    await pickAkteur(page, 'Träger (optional)', 'Familienzentrum Nord');
    await chooseOption(page, 'Handlungsfeld', 'Sprachförderung');
    await page.getByRole('radio', { name: 'Schüler:innen' }).check();
    await page.getByRole('checkbox', { name: 'Grundschule (6–9 Jahre)' }).check();
    await page.getByRole('checkbox', { name: 'Kita (3–5 Jahre)' }).check();
    await page.getByLabel(/^Zielgruppe/).fill('Eltern mit Kindern im Grundschulalter');
    await pickSchool(page, 'Standorte', school.nummer, school.name);
    await pickSchool(page, 'Standorte', other.nummer, other.name);
    const chosen = page.getByRole('list', { name: 'Gewählte Standorte' });
    expect(await chosen.getByRole('listitem').count()).toBe(2);
    await page.getByLabel(/^Stunden pro Woche/).fill('2,5');
    await chooseOption(page, 'Finanzierung', 'Kommunal');
    await page.getByLabel(/^Ende/).fill('2026-07-31');
    await page.getByRole('button', { name: 'Angebot anlegen' }).click();

    await expectHeading(page, 'Sprachcafé für Eltern');
    await status(page, 'Das Angebot „Sprachcafé für Eltern“ wurde angelegt.').waitFor();
    angebotUrl = page.url();
    const angebot = await apiOk<Record<string, unknown>>(page, 'GET', `/api/mapping/angebote/${angebotUrl.split('/').pop()}`);
    expect(angebot).toMatchObject({ stundenProWoche: 2.5, handlungsfeld: 'sprachfoerderung', ebene: 'individuell', beginn: '2025-09-01', ende: '2026-07-31', finanzierung: 'kommunal', status: 'laufend' });
    expect(angebot.altersphasen).toEqual(['3-5', '6-9']);
    expect((angebot.standorte as Array<{ id: string }>).map((s) => s.id).sort()).toEqual([schoolId, other.id].sort());
    expect(await page.getByLabel(/^Stunden pro Woche/).inputValue()).toBe('2,5');
    await page.getByText('2,5 Std./Woche').first().waitFor();
    await checkPage(page, 'mapping-angebot-detail');

    // The provider's page lists the offer.
    await page.goto(new URL(akteurUrl).pathname);
    await expectHeading(page, 'Familienzentrum Nord');
    await page.getByRole('region', { name: 'Angebote von Familienzentrum Nord' }).getByRole('link', { name: 'Sprachcafé für Eltern' }).waitFor();
  });

  it('creates a cooperation between two actors at the school', async () => {
    await page.getByRole('link', { name: 'Kooperation anlegen' }).click();
    await expectHeading(page, 'Kooperation anlegen');
    expect(await page.getByRole('combobox', { name: 'Akteur A' }).inputValue()).toBe('Familienzentrum Nord');
    await page.getByRole('button', { name: 'Kooperation anlegen' }).click();
    await page.getByRole('link', { name: 'Bitte den zweiten Akteur wählen.' }).waitFor();
    await pickAkteur(page, 'Akteur B', 'Schulsozialarbeit Chorweiler');
    await chooseOption(page, 'Art der Kooperation', 'Fallberatung');
    await pickSchool(page, 'Standort (optional)', school.nummer, school.name);
    await page.getByLabel(/^Seit/).fill('2024-02-01');
    await page.getByRole('button', { name: 'Kooperation anlegen' }).click();
    await expectHeading(page, 'Familienzentrum Nord – Schulsozialarbeit Chorweiler');
    await status(page, 'Die Kooperation wurde angelegt.').waitFor();
    kooperationUrl = page.url();
    const kooperation = await apiOk<Record<string, unknown>>(page, 'GET', `/api/mapping/kooperationen/${kooperationUrl.split('/').pop()}`);
    expect(kooperation).toMatchObject({ akteurBId: ssaId, typ: 'fallberatung', standortId: schoolId, seit: '2024-02-01' });
    await checkPage(page, 'mapping-kooperation-detail');

    await page.getByRole('navigation', { name: 'Bereiche von Akteure & Angebote' }).getByRole('link', { name: 'Kooperationen' }).click();
    await expectHeading(page, 'Kooperationen');
    await status(page, '1 Kooperation gefunden').waitFor();
    const row = page.getByRole('row', { name: /Familienzentrum Nord – Schulsozialarbeit Chorweiler/ });
    expect(await row.innerText()).toMatch(/Fallberatung.*Ernstbergstr.*01\.02\.2024/s);
    await checkPage(page, 'mapping-kooperationen-list');
  });

  it('reports a concurrent change, shows both versions and saves the own input', async () => {
    await page.goto(new URL(angebotUrl).pathname);
    await expectHeading(page, 'Sprachcafé für Eltern');
    // Someone else renames the offer while this page still holds version 1.
    const id = angebotUrl.split('/').pop()!;
    const stored = await apiOk<Entry>(page, 'GET', `/api/mapping/angebote/${id}`);
    await apiOk(page, 'PATCH', `/api/mapping/angebote/${id}`, { ...offerBody(stored), titel: 'Sprachcafé (Elternschule)', version: stored.version });

    await page.getByLabel(/^Zielgruppe/).fill('Eltern und Großeltern');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Die Daten wurden inzwischen geändert.').waitFor();
    // The input is still there.
    expect(await page.getByLabel(/^Zielgruppe/).inputValue()).toBe('Eltern und Großeltern');
    await page.getByRole('button', { name: 'Gespeicherte Fassung laden' }).click();
    const diff = page.getByRole('region', { name: 'Unterschiede zwischen Ihren Eingaben und der gespeicherten Fassung' });
    await diff.waitFor();
    expect(await diff.getByRole('row', { name: /^Titel/ }).innerText()).toMatch(/Sprachcafé für Eltern\s+Sprachcafé \(Elternschule\)/);
    expect(await diff.getByRole('row', { name: /^Zielgruppe/ }).innerText()).toMatch(/Eltern und Großeltern\s+Eltern mit Kindern im Grundschulalter/);
    await checkPage(page, 'mapping-angebot-conflict');

    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await status(page, 'Die Änderungen wurden gespeichert.').waitFor();
    const saved = await apiOk<Entry & { titel: string; zielgruppe: string }>(page, 'GET', `/api/mapping/angebote/${id}`);
    expect(saved).toMatchObject({ titel: 'Sprachcafé für Eltern', zielgruppe: 'Eltern und Großeltern', version: stored.version + 2 });
  });

  it('takes over the stored version on request', async () => {
    const id = angebotUrl.split('/').pop()!;
    const stored = await apiOk<Entry>(page, 'GET', `/api/mapping/angebote/${id}`);
    await apiOk(page, 'PATCH', `/api/mapping/angebote/${id}`, { ...offerBody(stored), stundenProWoche: 3, version: stored.version });
    await page.getByLabel(/^Stunden pro Woche/).fill('4');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('button', { name: 'Gespeicherte Fassung laden' }).click();
    await page.getByRole('button', { name: 'Gespeicherte Fassung übernehmen' }).click();
    await status(page, 'Die gespeicherte Fassung wurde ins Formular übernommen.').waitFor();
    expect(await page.getByLabel(/^Stunden pro Woche/).inputValue()).toBe('3');
  });

  it('archives and restores the offer after asking', async () => {
    await page.getByRole('button', { name: 'Angebot archivieren' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Angebot archivieren?' });
    await dialog.getByText('„Sprachcafé für Eltern“ wird archiviert.', { exact: false }).waitFor();
    await checkPage(page, 'mapping-archive-dialog');
    await dialog.getByRole('button', { name: 'Archivieren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status(page, '„Sprachcafé für Eltern“ wurde archiviert.').waitFor();
    await page.getByText('Dieses Angebot ist archiviert.').waitFor();
    expect(await page.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);

    // Gone from the current list, found among the archived ones.
    await page.goto(`/akteure/angebote?kommune=${kommuneId}`);
    await expectHeading(page, 'Angebote');
    await status(page, '0 Angebote gefunden').waitFor();
    await chooseOption(page, 'Bestand', 'Archivierte Einträge');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/archiv=ja/);
    await status(page, '1 archiviertes Angebot').waitFor();
    await page.getByRole('link', { name: 'Sprachcafé für Eltern' }).click();
    await expectHeading(page, 'Sprachcafé für Eltern');

    await page.getByRole('button', { name: 'Angebot wiederherstellen' }).click();
    const restore = page.getByRole('alertdialog', { name: 'Angebot wiederherstellen?' });
    await restore.getByRole('button', { name: 'Wiederherstellen' }).click();
    await restore.waitFor({ state: 'detached' });
    await status(page, '„Sprachcafé für Eltern“ wurde wiederhergestellt.').waitFor();
    await page.getByRole('button', { name: 'Änderungen speichern' }).waitFor();
  });

  it('filters the offers and the actors', async () => {
    // More offers to filter: one at the other school, one in another field.
    await apiOk(page, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote`, {
      titel: 'Lesepaten',
      handlungsfeld: 'lesefoerderung',
      ebene: 'individuell',
      altersphasen: ['6-9'],
      standortIds: [other.id],
      stundenProWoche: 4,
      finanzierung: 'stiftung',
      status: 'geplant',
    });
    await apiOk(page, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote`, {
      titel: 'Bewegte Pause',
      akteurId: ssaId,
      handlungsfeld: 'gesundheit',
      ebene: 'institutionell',
      altersphasen: ['6-9'],
      standortIds: [schoolId],
      stundenProWoche: 1.5,
      finanzierung: 'land',
    });
    await page.goto(`/akteure/angebote?kommune=${kommuneId}`);
    await expectHeading(page, 'Angebote');
    await status(page, '3 Angebote gefunden').waitFor();
    expect(await names(page)).toEqual(['Bewegte Pause', 'Lesepaten', 'Sprachcafé für Eltern']);

    await chooseOption(page, 'Handlungsfeld', 'Sprachförderung');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/handlungsfeld=sprachfoerderung/);
    await status(page, '1 Angebot gefunden').waitFor();
    expect(await names(page)).toEqual(['Sprachcafé für Eltern']);

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await status(page, '3 Angebote gefunden').waitFor();
    await pickSchool(page, 'Standort', school.nummer, school.name);
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/standort=/);
    await status(page, '2 Angebote gefunden').waitFor();
    expect(await names(page)).toEqual(['Bewegte Pause', 'Sprachcafé für Eltern']);
    // The filter survives a reload, with the school's name in the picker.
    await page.reload();
    await status(page, '2 Angebote gefunden').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Standort' }).inputValue()).toBe(school.name);

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await chooseOption(page, 'Status', 'Geplant');
    await page.getByLabel('Titel, Beschreibung oder Zielgruppe').fill('pate');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await status(page, '1 Angebot gefunden').waitFor();
    expect(await names(page)).toEqual(['Lesepaten']);
    await checkPage(page, 'mapping-angebote-filtered');

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await pickAkteur(page, 'Träger', 'Schulsozialarbeit Chorweiler');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/traeger=/);
    await status(page, '1 Angebot gefunden').waitFor();
    expect(await names(page)).toEqual(['Bewegte Pause']);

    await page.goto(`/akteure/liste?kommune=${kommuneId}`);
    await expectHeading(page, 'Akteure');
    await status(page, '2 Akteure gefunden').waitFor();
    const row = page.getByRole('row', { name: /Familienzentrum Nord/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Familienzentrum Externe Partner:innen Städt. Gem. Grundschule Ernstbergstr. Ja');
    await chooseOption(page, 'Kreis', 'Kernteam vor Ort');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(/kreis=kernteam/);
    await status(page, '1 Akteur gefunden').waitFor();
    expect(await names(page)).toEqual(['Schulsozialarbeit Chorweiler']);
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await chooseOption(page, 'Art', 'Familienzentrum');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await status(page, '1 Akteur gefunden').waitFor();
    expect(await names(page)).toEqual(['Familienzentrum Nord']);
    await checkPage(page, 'mapping-akteure-filtered');
  });

  it('lets the school leadership add an offer at her school but not change one elsewhere', async () => {
    const elsewhere = await apiOk<{ id: string }>(page, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote`, {
      titel: 'MINT-Werkstatt',
      handlungsfeld: 'mint',
      ebene: 'individuell',
      altersphasen: ['10-15'],
      standortIds: [other.id],
      finanzierung: 'kommunal',
    });
    const { page: leitung } = await app.open();
    await login(leitung, sabine);
    await expectHeading(leitung, `Willkommen, ${sabine.name}`);
    await navigate(leitung, 'Akteure & Angebote');
    await expectHeading(leitung, 'Akteure & Angebote');
    await leitung.waitForURL(new RegExp(`kommune=${kommuneId}`));
    await leitung.getByRole('link', { name: 'Angebot anlegen' }).click();
    await expectHeading(leitung, 'Angebot anlegen');
    // Her school is already chosen as the site; there is no "new type" for school staff.
    await leitung.getByRole('list', { name: 'Gewählte Standorte' }).getByText(school.name).waitFor();
    await leitung.getByLabel(/^Titel/).fill('Elterncafé Ernstbergstraße');
    await chooseOption(leitung, 'Handlungsfeld', 'Elternarbeit');
    await leitung.getByRole('radio', { name: 'Schule' }).check();
    await leitung.getByRole('checkbox', { name: 'Grundschule (6–9 Jahre)' }).check();
    await leitung.getByLabel(/^Stunden pro Woche/).fill('1,75');
    await chooseOption(leitung, 'Finanzierung', 'Startchancen');
    await leitung.getByRole('button', { name: 'Angebot anlegen' }).click();
    await expectHeading(leitung, 'Elterncafé Ernstbergstraße');
    await status(leitung, 'Das Angebot „Elterncafé Ernstbergstraße“ wurde angelegt.').waitFor();
    await leitung.getByRole('button', { name: 'Änderungen speichern' }).waitFor();

    // An offer at another school: shown, but read-only, and the server refuses a change.
    await leitung.goto(`/akteure/angebote/${elsewhere.id}`);
    await expectHeading(leitung, 'MINT-Werkstatt');
    await leitung.getByText('Sie können diesen Eintrag nur ansehen.').waitFor();
    expect(await leitung.getByRole('button', { name: 'Änderungen speichern' }).count()).toBe(0);
    expect(await leitung.getByRole('button', { name: 'Angebot archivieren' }).count()).toBe(0);
    await checkPage(leitung, 'mapping-angebot-readonly');
    const stored = await apiOk<Entry>(leitung, 'GET', `/api/mapping/angebote/${elsewhere.id}`);
    const refused = await apiCall(leitung, 'PATCH', `/api/mapping/angebote/${elsewhere.id}`, { ...offerBody(stored), titel: 'Übernommen', version: stored.version });
    expect(refused.status).toBe(403);

    // The offer at both schools is not hers alone either.
    await leitung.goto(new URL(angebotUrl).pathname);
    await expectHeading(leitung, 'Sprachcafé für Eltern');
    await leitung.getByText('Sie können diesen Eintrag nur ansehen.').waitFor();
  });

  it('fits a 320 px wide screen: lists and forms', async () => {
    const { page: narrow } = await app.open({ viewport: { width: 320, height: 740 } });
    await login(narrow, kim);
    await expectHeading(narrow, `Willkommen, ${kim.name}`);
    const pages: Array<[string, string, string]> = [
      [`/akteure?kommune=${kommuneId}`, 'Akteure & Angebote', 'mapping-start-320'],
      [`/akteure/liste?kommune=${kommuneId}`, 'Akteure', 'mapping-akteure-320'],
      [`/akteure/angebote?kommune=${kommuneId}`, 'Angebote', 'mapping-angebote-320'],
      [`/akteure/kooperationen?kommune=${kommuneId}`, 'Kooperationen', 'mapping-kooperationen-320'],
      [`/akteure/neu?kommune=${kommuneId}`, 'Akteur anlegen', 'mapping-akteur-neu-320'],
      [new URL(akteurUrl).pathname, 'Familienzentrum Nord', 'mapping-akteur-320'],
      [new URL(angebotUrl).pathname, 'Sprachcafé für Eltern', 'mapping-angebot-320'],
      [new URL(kooperationUrl).pathname, 'Familienzentrum Nord – Schulsozialarbeit Chorweiler', 'mapping-kooperation-320'],
    ];
    for (const [path, heading, shot] of pages) {
      await narrow.goto(path);
      await expectHeading(narrow, heading);
      await narrow.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(narrow);
      await checkPage(narrow, shot);
    }
    // The form with a conflict notice and errors must fit as well.
    await narrow.goto(`/akteure/angebote/neu?kommune=${kommuneId}`);
    await expectHeading(narrow, 'Angebot anlegen');
    await narrow.getByRole('button', { name: 'Angebot anlegen' }).click();
    await narrow.getByRole('link', { name: 'Bitte einen Titel angeben.' }).waitFor();
    await pickSchool(narrow, 'Standorte', school.nummer, school.name);
    await expectNoHorizontalScroll(narrow);
    await screenshot(narrow, 'mapping-angebot-neu-320');
  });

  it('shows a not-found page for an unknown actor', async () => {
    await page.goto('/akteure/00000000-0000-4000-8000-000000000000');
    await expectHeading(page, 'Akteur nicht gefunden');
    await checkPage(page);
  });
});
