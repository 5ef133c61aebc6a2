import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, expectHeading, login } from './support/app.js';
import { screenshot } from './support/browser.js';
import { apiCall, expectNoHorizontalScroll, mia, mona, names, otto, status, useMeetingsApp } from './support/meetings-fixtures.js';

function berlinDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 24 * 3600 * 1000));
}

const germanDate = (isoDay: string) => isoDay.split('-').reverse().join('.');

const overdueText = 'Elternbrief zur Sprachförderung übersetzen lassen';
const laterText = 'Raumplan für den Ganztag mit dem Schulträger abstimmen';

async function openAs(app: ReturnType<typeof useMeetingsApp>, person: typeof mona, options?: Parameters<ReturnType<typeof useMeetingsApp>['open']>[0]): Promise<Page> {
  const { page } = await app.open(options);
  await login(page, person);
  await page.locator('h1').filter({ hasText: `Willkommen, ${person.name}` }).waitFor();
  return page;
}

function agreementItems(page: Page) {
  return page.getByRole('list', { name: 'Offene Vereinbarungen, nach Fälligkeit geordnet' }).getByRole('listitem');
}

async function ok<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const { status: code, body } = await apiCall<T>(page, method, path, data);
  expect(code, `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

describe('"Meine Arbeit": upcoming meetings and open agreements across networks', () => {
  const app = useMeetingsApp();
  let page: Page;

  it('shows the start page card with the open and overdue agreements and leads to "Meine Arbeit"', async () => {
    // The moderation records two agreements for Mia (one overdue) and one for Paul, and cancels the later meeting.
    const moderation = await openAs(app, mona);
    const { meetingId, laterId, users } = app.world;
    await ok(moderation, 'POST', `/api/treffen/${meetingId}/ergebnisse`, { art: 'vereinbarung', text: overdueText, verantwortlichId: users.mia, faelligAm: berlinDay(-3) });
    await ok(moderation, 'POST', `/api/treffen/${meetingId}/ergebnisse`, { art: 'vereinbarung', text: laterText, verantwortlichId: users.mia, faelligAm: berlinDay(14) });
    await ok(moderation, 'POST', `/api/treffen/${meetingId}/ergebnisse`, { art: 'vereinbarung', text: 'Fortbildungstermine sammeln', verantwortlichId: users.paul, faelligAm: berlinDay(-1) });
    const later = await ok<{ version: number }>(moderation, 'GET', `/api/treffen/${laterId}`);
    await ok(moderation, 'POST', `/api/treffen/${laterId}/absagen`, { grund: 'Raum belegt', version: later.version });

    page = await openAs(app, mia);
    await ok(page, 'POST', `/api/treffen/${meetingId}/anmeldung`);
    await page.reload();
    const card = page.locator('.app-my-work-card');
    await expect.poll(() => card.innerText()).toMatch(new RegExp(`Meine Arbeit[\\s\\S]*Nächstes Treffen: ${names.meeting}, [\\s\\S]*2 offene Vereinbarungen,\\s+davon 1 überfällig`));
    await checkPage(page, 'my-work-01-startseite');
    await card.getByRole('link', { name: 'Meine Arbeit' }).click();
    await expectHeading(page, 'Meine Arbeit');
  });

  it('counts and marks overdue agreements in words and lists the meetings by week with registration status', async () => {
    await expect.poll(() => page.locator('.kern-alert').first().innerText()).toMatch(/Sie haben 2 anstehende Treffen und 2 offene Vereinbarungen\.\s+1 Vereinbarung ist überfällig\./);
    await expect.poll(() => page.locator('h2').allInnerTexts()).toEqual(['Offene Vereinbarungen (2, davon 1 überfällig)', 'Nächste Treffen (2)']);

    const rows = agreementItems(page);
    const due = (offset: number) => germanDate(berlinDay(offset)).replace(/\./g, '\\.');
    await expect.poll(() => rows.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${overdueText}\\s+Netzwerk\\s+${names.local}\\s+Fällig am\\s+${due(-3)}\\s+überfällig seit ${due(-3)}\\s+Stand\\s+offen\\s+Stand ändern$`)),
      expect.stringMatching(new RegExp(`^${laterText}\\s+Netzwerk\\s+${names.local}\\s+Fällig am\\s+${due(14)}\\s+Stand\\s+offen\\s+Stand ändern$`)),
    ]);
    expect(await rows.nth(1).innerText()).not.toContain('überfällig');

    const weeks = page.locator('.app-meetings-week');
    await expect.poll(() => weeks.locator('h3').allInnerTexts()).toEqual([expect.stringMatching(/^Nächste Woche \(\d\d\.\d\d\.\d{4} bis \d\d\.\d\d\.\d{4}\)$/), expect.stringMatching(/^Woche vom \d\d\.\d\d\.\d{4} bis \d\d\.\d\d\.\d{4}$/)]);
    await expect.poll(() => weeks.nth(0).innerText()).toMatch(new RegExp(`${names.meeting}[\\s\\S]*14:30–16:30 Uhr[\\s\\S]*${names.local}[\\s\\S]*Ihre Anmeldung: angemeldet`));
    await expect.poll(() => weeks.nth(1).innerText()).toMatch(new RegExp(`${names.later}[\\s\\S]*abgesagt[\\s\\S]*Ihre Anmeldung: nicht angemeldet`));
    await checkPage(page, 'my-work-02-meine-arbeit');
  });

  it('changes the status inline through a menu; a finished agreement leaves the list', async () => {
    await page.getByRole('button', { name: `Stand ändern, jetzt: offen – ${overdueText}` }).click();
    await page.getByRole('menuitemradio', { name: 'in Arbeit' }).click();
    await status(page, `Der Stand von „${overdueText}“ ist jetzt: in Arbeit.`).waitFor();
    await expect.poll(() => agreementItems(page).first().innerText()).toMatch(/überfällig seit .*\s+Stand\s+in Arbeit/);

    await page.getByRole('button', { name: `Stand ändern, jetzt: offen – ${laterText}` }).click();
    await page.getByRole('menuitemradio', { name: 'erledigt' }).click();
    await status(page, `Der Stand von „${laterText}“ ist jetzt: erledigt.`).waitFor();
    await expect.poll(() => agreementItems(page).count()).toBe(1);
    await expect.poll(() => page.locator('h2').first().innerText()).toBe('Offene Vereinbarungen (1, davon 1 überfällig)');

    // The owner may change the status on the meeting page too, but not edit or delete the entry.
    await page.getByRole('link', { name: overdueText }).click();
    await expectHeading(page, names.meeting);
    const entry = page.getByRole('article', { name: /^Vereinbarung: Elternbrief/ });
    await expect.poll(() => entry.getByRole('button', { name: /^Stand ändern/ }).count()).toBe(1);
    await expect.poll(() => entry.getByRole('button', { name: /^Bearbeiten/ }).count()).toBe(0);
    await expect.poll(() => entry.getByRole('button', { name: /^Löschen/ }).count()).toBe(0);
    const other = page.getByRole('article', { name: /^Vereinbarung: Fortbildungstermine/ });
    await expect.poll(() => other.getByRole('button').count()).toBe(0);
  });

  it('works at 320 px width and shows empty states to a person without networks', async () => {
    const narrow = await openAs(app, mia, { viewport: { width: 320, height: 800 } });
    await narrow.goto('/netzwerke/meine-arbeit');
    await expectHeading(narrow, 'Meine Arbeit');
    await narrow.locator('.app-meetings-week').first().waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'my-work-03-meine-arbeit-320');

    const outsider = await openAs(app, otto);
    await outsider.goto('/netzwerke/meine-arbeit');
    await expectHeading(outsider, 'Meine Arbeit');
    await expect.poll(() => outsider.getByText('Sie haben keine offenen Vereinbarungen.').count()).toBe(1);
    await expect.poll(() => outsider.getByText('In Ihren Netzwerken sind keine Treffen geplant.').count()).toBe(1);
    await checkPage(outsider);
    await screenshot(outsider, 'my-work-04-leer');
  });
});
