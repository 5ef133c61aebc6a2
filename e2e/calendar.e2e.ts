import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login } from './support/app.js';
import { screenshot } from './support/browser.js';
import { expectNoHorizontalScroll, mia, names, status, useMeetingsApp } from './support/meetings-fixtures.js';

async function openAs(app: ReturnType<typeof useMeetingsApp>, person: typeof mia, options?: Parameters<ReturnType<typeof useMeetingsApp>['open']>[0]): Promise<Page> {
  const opened = await app.open(options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await login(opened.page, person);
  await opened.page.locator('h1').filter({ hasText: `Willkommen, ${person.name}` }).waitFor();
  return opened.page;
}

function errorSummary(page: Page) {
  return page.locator('.kern-alert--danger').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
}

/** Fetches a feed address the way a calendar program does: no cookie, no session. */
async function fetchFeed(address: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(address);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** Creates a subscription through the form and returns the address shown once in the dialog. */
async function createAbo(page: Page, baseUrl: string): Promise<string> {
  await page.getByRole('button', { name: 'Abo erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abo erstellt' });
  await dialog.waitFor();
  const address = await dialog.getByLabel('Abo-Adresse').inputValue();
  // An absolute address, ready to paste into a calendar program.
  expect(address.startsWith(`${baseUrl}/`)).toBe(true);
  return address;
}

describe('calendar subscriptions', () => {
  const app = useMeetingsApp();
  let page: Page;
  let personal = '';

  it('creates a subscription for all own meetings, shows its address once with instructions, and the address answers as iCalendar without a session', async () => {
    page = await openAs(app, mia);
    await page.goto('/netzwerke/kalender');
    await expectHeading(page, 'Kalender-Abos');
    await expect.poll(() => page.getByText('Sie haben noch kein Kalender-Abo.').count()).toBe(1);
    await checkPage(page, 'calendar-01-leer');

    await page.getByLabel('Bezeichnung').fill('');
    await page.getByRole('button', { name: 'Abo erstellen' }).click();
    await expect.poll(() => errorSummary(page).innerText()).toContain('Bitte eine Bezeichnung angeben.');
    await page.getByLabel('Bezeichnung').fill('Dienst-Outlook');
    personal = await createAbo(page, app.url);
    expect(personal).toMatch(/\/api\/kalender\/[^/]+\.ics$/);

    const dialog = page.getByRole('dialog', { name: 'Abo erstellt' });
    await expect.poll(() => dialog.innerText()).toMatch(/Kalender hinzufügen“ → „Aus dem Internet“[\s\S]*„Neuer Kalender“ → „Im Netzwerk“/);
    await dialog.getByRole('button', { name: 'Adresse kopieren' }).click();
    await status(page, 'Die Adresse wurde in die Zwischenablage kopiert.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(personal);
    await checkPage(page, 'calendar-02-abo-erstellt');

    const feed = await fetchFeed(personal);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.body).toContain(`UID:${app.world.meetingId}@strang`);
    expect(feed.body).toContain(`UID:${app.world.laterId}@strang`);

    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    await page.reload();
    await expectHeading(page, 'Kalender-Abos');
    const row = page.locator('.app-table tbody tr').filter({ hasText: 'Dienst-Outlook' });
    await expect.poll(() => row.innerText()).toMatch(/Dienst-Outlook\s+alle meine Treffen\s+\d\d\.\d\d\.\d{4}\s+\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/);
  });

  it('creates a subscription for one network; choosing the network is required', async () => {
    await page.getByLabel('Bezeichnung').fill('Nur Chorweiler');
    await page.getByLabel('Nur die Treffen eines Netzwerks').check();
    await page.getByRole('button', { name: 'Abo erstellen' }).click();
    await expect.poll(() => errorSummary(page).innerText()).toContain('Bitte ein Netzwerk wählen.');
    await chooseOption(page, 'Netzwerk', names.local);
    const address = await createAbo(page, app.url);
    await page.getByRole('dialog', { name: 'Abo erstellt' }).getByRole('button', { name: 'Schließen' }).first().click();
    const feed = await fetchFeed(address);
    expect(feed.status).toBe(200);
    expect(feed.body).toContain(`UID:${app.world.meetingId}@strang`);
    const row = page.locator('.app-table tbody tr').filter({ hasText: 'Nur Chorweiler' });
    await expect.poll(() => row.innerText()).toContain(`nur ${names.local}`);
    await checkPage(page, 'calendar-03-zwei-abos');
  });

  it('revokes a subscription after asking; its address then answers 404', async () => {
    await page.getByRole('button', { name: 'Abo „Dienst-Outlook“ widerrufen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Abo widerrufen?' });
    await expect.poll(() => confirm.innerText()).toContain('Die Adresse von „Dienst-Outlook“ funktioniert danach nicht mehr.');
    await confirm.getByRole('button', { name: 'Widerrufen' }).click();
    await status(page, 'Das Abo „Dienst-Outlook“ wurde widerrufen.').waitFor();
    await expect.poll(() => page.locator('.app-table tbody tr').allInnerTexts()).toEqual([expect.stringContaining('Nur Chorweiler')]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('abos-titel');
    expect((await fetchFeed(personal)).status).toBe(404);
  });

  it('downloads a single meeting from its page ("In Kalender übernehmen")', async () => {
    await page.goto(`/netzwerke/treffen/${app.world.meetingId}`);
    await expectHeading(page, names.meeting);
    const link = page.getByRole('link', { name: 'In Kalender übernehmen' });
    expect(await link.getAttribute('href')).toBe(`/api/treffen/${app.world.meetingId}/kalender.ics`);
    const response = await page.request.get(`/api/treffen/${app.world.meetingId}/kalender.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toContain(`UID:${app.world.meetingId}@strang`);
  });

  it('works at 320 px width', async () => {
    const narrow = await openAs(app, mia, { viewport: { width: 320, height: 800 } });
    await narrow.goto('/netzwerke/kalender');
    await expectHeading(narrow, 'Kalender-Abos');
    await narrow.locator('.app-table tbody tr').first().waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'calendar-04-320');
    await narrow.getByRole('button', { name: 'Abo erstellen' }).click();
    await narrow.getByRole('dialog', { name: 'Abo erstellt' }).waitFor();
    await expectNoHorizontalScroll(narrow);
    await screenshot(narrow, 'calendar-05-dialog-320', false);
  });
});
