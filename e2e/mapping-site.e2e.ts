import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login, setupFirstAdmin } from './support/app.js';
import { useAppWithSchools } from './support/server-with-schools.js';

const kim = { name: 'Kim Koordination', email: 'kim@koeln.example', password: 'Kim-ist-neu-2025' };
const sabine = { name: 'Sabine Schulleitung', email: 'sabine@ernstberg.example', password: 'Sabine-leitet-2025' };
const school = { nummer: '111910', name: 'Städt. Gem. Grundschule Ernstbergstr.' };

async function apiOk<T>(page: Page, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

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

/** The text of a region of the page, with white space collapsed. */
async function regionText(page: Page, name: string): Promise<string> {
  return (await page.getByRole('region', { name, exact: true }).innerText()).replace(/\s+/g, ' ');
}

describe('the mapping part of the Standortprofil', () => {
  const app = useAppWithSchools();
  let page: Page;
  let kommuneId = '';
  let schoolId = '';
  let otherId = '';
  const ids: Record<string, string> = {};

  it('starts with empty sections for a school without entries', async () => {
    const { page: admin } = await app.open();
    await setupFirstAdmin(admin);
    const kommunen = await apiOk<{ items: Array<{ id: string; ags: string }> }>(admin, 'GET', '/api/directory/kommunen?q=K%C3%B6ln');
    kommuneId = kommunen.items.find((k) => k.ags === '05315000')!.id;
    schoolId = (await apiOk<{ items: Array<{ id: string }> }>(admin, 'GET', `/api/directory/schulen?q=${school.nummer}`)).items[0]!.id;
    const koeln = await apiOk<{ items: Array<{ id: string; schulnummer: string }> }>(admin, 'GET', `/api/directory/schulen?kommuneId=${kommuneId}&pageSize=5`);
    otherId = koeln.items.find((s) => s.schulnummer !== school.nummer)!.id;
    await invitePerson(admin, app.url, kim, kommuneId, 'kommunalkoordination');
    await invitePerson(admin, app.url, sabine, schoolId, 'schulleitung');

    ({ page } = await app.open());
    await login(page, kim);
    await expectHeading(page, `Willkommen, ${kim.name}`);
    await page.goto(`/verzeichnis/schulen/${schoolId}`);
    await expectHeading(page, school.name);
    for (const heading of ['Akteure', 'Angebote', 'Kooperationen', 'Abdeckung']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    await expect.poll(() => page.getByText('Noch keine Einträge.').count()).toBe(4);
    await page.getByRole('link', { name: 'Angebot an diesem Standort anlegen' }).waitFor();
    await checkPage(page, 'mapping-site-empty');
  });

  it('shows the actors by circle, the offers by field with their hours, and the cooperations', async () => {
    const k = kommuneId;
    const actor = async (key: string, name: string, typ: string, kreis: string, standortIds: string[]) => {
      ids[key] = (await apiOk<{ id: string }>(page, 'POST', `/api/mapping/kommunen/${k}/akteure`, { name, typ, kreis, standortIds })).id;
    };
    await actor('spd', 'Schulpsychologischer Dienst', 'schulpsychologischer-dienst', 'steuergruppe', [schoolId]);
    await actor('ssa', 'Schulsozialarbeit Ernstbergstraße', 'schulsozialarbeit', 'kernteam', [schoolId]);
    await actor('ogs', 'Offener Ganztag Ernstbergstraße', 'offener-ganztag', 'kernteam', [schoolId]);
    await actor('sprache', 'Sprachtherapie Nord', 'freier-traeger', 'extern', [schoolId, otherId]);
    await actor('elsewhere', 'Jugendzentrum Kalk', 'offene-jugendarbeit', 'extern', [otherId]);
    const offer = (titel: string, akteur: string, handlungsfeld: string, standortIds: string[], stundenProWoche: number, status = 'laufend') =>
      apiOk(page, 'POST', `/api/mapping/kommunen/${k}/angebote`, {
        titel,
        akteurId: ids[akteur],
        handlungsfeld,
        ebene: 'individuell',
        altersphasen: ['6-9'],
        standortIds,
        stundenProWoche,
        finanzierung: 'kommunal',
        status,
      });
    await offer('Sprachförderung im Ganztag', 'sprache', 'sprachfoerderung', [schoolId], 6);
    await offer('Sprachcafé für Eltern', 'ssa', 'sprachfoerderung', [schoolId], 2.5);
    await offer('Lesepaten', 'ogs', 'lesefoerderung', [schoolId, otherId], 4);
    await offer('Elterncafé', 'ssa', 'elternarbeit', [schoolId], 2, 'geplant');
    await offer('Hausaufgabenhilfe', 'elsewhere', 'betreuung', [otherId], 6);
    const link = (a: string, b: string, typ: string, standortId: string) =>
      apiOk(page, 'POST', `/api/mapping/kommunen/${k}/kooperationen`, { akteurAId: ids[a], akteurBId: ids[b], typ, standortId, seit: '2023-08-01' });
    await link('ssa', 'ogs', 'absprache', schoolId);
    await link('ssa', 'sprache', 'fallberatung', schoolId);
    await link('sprache', 'elsewhere', 'vermittlung', otherId);

    await page.reload();
    await expectHeading(page, school.name);
    await page.getByRole('heading', { name: 'Kernteam vor Ort (2 Akteure)', level: 3 }).waitFor();
    const akteure = await regionText(page, 'Akteure');
    expect(akteure).toContain('Steuergruppe (1 Akteur) Schulpsychologischer Dienst · Schulpsychologischer Dienst');
    expect(akteure).toContain('Kernteam vor Ort (2 Akteure) Offener Ganztag Ernstbergstraße · Offener Ganztag Schulsozialarbeit Ernstbergstraße · Schulsozialarbeit');
    expect(akteure).toContain('Externe Partner:innen (1 Akteur) Sprachtherapie Nord · Freier Träger');
    expect(akteure).not.toContain('Jugendzentrum Kalk');

    const angebote = await regionText(page, 'Angebote');
    // Running offers only; "Lesepaten" (4 h at two schools) brings 2 h here.
    expect(angebote).toContain('4 Angebote; laufende Angebote zusammen: 10,5 Std./Woche an diesem Standort.');
    expect(angebote).toContain('Sprachförderung (8,5 Std./Woche)');
    expect(angebote).toContain('Sprachcafé für Eltern · Schulsozialarbeit Ernstbergstraße 2,5 Std./Woche');
    expect(angebote).toContain('Leseförderung (2 Std./Woche) Lesepaten · Offener Ganztag Ernstbergstraße 2 von 4 Std./Woche (auf 2 Standorte verteilt)');
    expect(angebote).toContain('Elternarbeit (kein laufendes Angebot) Elterncafé · Schulsozialarbeit Ernstbergstraße 2 Std./Woche Geplant');
    expect(angebote).not.toContain('Hausaufgabenhilfe');

    const kooperationen = page.getByRole('region', { name: `Kooperationen an ${school.name}` });
    expect(await kooperationen.getByRole('row').count()).toBe(3);
    expect((await kooperationen.innerText()).replace(/\s+/g, ' ')).toContain('Schulsozialarbeit Ernstbergstraße – Sprachtherapie Nord Fallberatung 01.08.2023');

    expect(await regionText(page, 'Abdeckung')).toContain('Laufende Angebote decken 2 von 15 Handlungsfeldern ab.');
    await page.getByRole('link', { name: 'Lückenraster dieses Standorts' }).waitFor();
    await checkPage(page, 'mapping-site-1280');
  });

  it('links to the entries and to the lists filtered by the site', async () => {
    await page.getByRole('link', { name: 'Lesepaten' }).click();
    await expectHeading(page, 'Lesepaten');
    await page.goBack();
    await expectHeading(page, school.name);
    await page.getByRole('region', { name: 'Akteure', exact: true }).getByRole('link', { name: 'Sprachtherapie Nord' }).click();
    await expectHeading(page, 'Sprachtherapie Nord');
    await page.goBack();
    await expectHeading(page, school.name);
    await page.getByRole('link', { name: 'Angebote dieses Standorts in der Liste' }).click();
    await expectHeading(page, 'Angebote');
    await page.getByRole('status').filter({ hasText: '4 Angebote gefunden' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Standort' }).inputValue()).toBe(school.name);
  });

  it('adds an offer at the site with the school already chosen (school leadership)', async () => {
    const { page: leitung } = await app.open();
    await login(leitung, sabine);
    await expectHeading(leitung, `Willkommen, ${sabine.name}`);
    await leitung.goto(`/verzeichnis/schulen/${schoolId}`);
    await expectHeading(leitung, school.name);
    await leitung.getByRole('link', { name: 'Angebot an diesem Standort anlegen' }).click();
    await expectHeading(leitung, 'Angebot anlegen');
    const chosen = leitung.getByRole('list', { name: 'Gewählte Standorte' });
    expect(await chosen.getByRole('listitem').allInnerTexts()).toEqual([school.name]);
    await leitung.getByLabel(/^Titel/).fill('Bewegte Pause');
    await chooseOption(leitung, 'Handlungsfeld', 'Gesundheitsförderung');
    await leitung.getByRole('radio', { name: 'Schule' }).check();
    await leitung.getByRole('checkbox', { name: 'Grundschule (6–9 Jahre)' }).check();
    await leitung.getByLabel(/^Stunden pro Woche/).fill('1,25');
    await chooseOption(leitung, 'Finanzierung', 'Startchancen');
    await leitung.getByRole('button', { name: 'Angebot anlegen' }).click();
    await expectHeading(leitung, 'Bewegte Pause');

    await leitung.goto(`/verzeichnis/schulen/${schoolId}`);
    await expectHeading(leitung, school.name);
    expect(await regionText(leitung, 'Angebote')).toContain('Gesundheitsförderung (1,25 Std./Woche) Bewegte Pause 1,25 Std./Woche');
    expect(await regionText(leitung, 'Angebote')).toContain('5 Angebote; laufende Angebote zusammen: 11,75 Std./Woche an diesem Standort.');
    await checkPage(leitung, 'mapping-site-schulleitung');
  });

  it('fits a 320 px wide screen', async () => {
    const { page: narrow } = await app.open({ viewport: { width: 320, height: 740 } });
    await login(narrow, kim);
    await expectHeading(narrow, `Willkommen, ${kim.name}`);
    await narrow.goto(`/verzeichnis/schulen/${schoolId}`);
    await expectHeading(narrow, school.name);
    await narrow.getByRole('heading', { name: 'Kernteam vor Ort (2 Akteure)', level: 3 }).waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'mapping-site-320');
  });
});
