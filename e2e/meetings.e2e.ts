import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, chooseOption, expectHeading, login } from './support/app.js';
import { screenshot } from './support/browser.js';
import { apiCall, expectNoHorizontalScroll, gina, mia, mona, names, otto, paul, status, sven, useMeetingsApp } from './support/meetings-fixtures.js';

const meetingPath = (id: string) => `/netzwerke/treffen/${id}`;

/** Yesterday in Berlin as "YYYY-MM-DD" (a due date that is already overdue). */
function yesterday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 24 * 3600 * 1000));
}

function germanDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${d}.${m}.${y}`;
}

async function openAs(app: ReturnType<typeof useMeetingsApp>, person: typeof mona, options?: Parameters<ReturnType<typeof useMeetingsApp>['open']>[0]): Promise<Page> {
  const { page } = await app.open(options);
  await login(page, person);
  await page.locator('h1').filter({ hasText: `Willkommen, ${person.name}` }).waitFor();
  return page;
}

/** The error summary above a form (it takes focus, it is not a live region). */
function errorSummary(scope: Page | ReturnType<Page['locator']>) {
  return scope.locator('.kern-alert--danger').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
}

function agendaItem(page: Page, n: number) {
  return page.getByRole('group', { name: `Tagesordnungspunkt ${n}` });
}

describe('a meeting from agenda to minutes, passed up to the Steuergruppe', () => {
  const app = useMeetingsApp();
  let moderation: Page;

  it('lets the moderation build the agenda with an Impulsvortrag, reorder it by buttons and save it in one go', async () => {
    moderation = await openAs(app, mona);
    await moderation.goto(meetingPath(app.world.meetingId));
    await expectHeading(moderation, names.meeting);
    await expect.poll(() => moderation.locator('.app-page-header__preline').innerText()).toContain(names.local);
    // Date and time in words, in Berlin time: 14:30–16:30 Uhr.
    await expect.poll(() => moderation.locator('.app-page-header__lead').innerText()).toMatch(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ \d{4}, 14:30–16:30 Uhr$/);
    await expect.poll(() => moderation.locator('.app-meetings-details').first().innerText()).toContain('1 Platz · 0 angemeldet · 0 auf der Warteliste');
    await checkPage(moderation, 'meetings-01-treffen-leer');

    await moderation.getByRole('button', { name: 'Tagesordnung bearbeiten' }).click();
    const add = moderation.getByRole('button', { name: 'Punkt hinzufügen' });
    await expect.poll(() => add.evaluate((el) => el === document.activeElement)).toBe(true);

    await add.click();
    await chooseOption(agendaItem(moderation, 1), 'Art', 'Impulsvortrag');
    await agendaItem(moderation, 1).getByLabel('Thema').fill('Sprachbildung im Ganztag');
    await agendaItem(moderation, 1).getByLabel(/Referentin oder Referent/).fill('Dr. Ayşe Demir');
    await agendaItem(moderation, 1).getByLabel(/Dauer in Minuten/).fill('30');
    await add.click();
    await agendaItem(moderation, 2).getByLabel('Titel', { exact: true }).fill('Austausch in Kleingruppen');
    await add.click();

    // An empty title is named with its item number and linked from the summary.
    await moderation.getByRole('button', { name: 'Tagesordnung speichern' }).click();
    const summary = errorSummary(moderation);
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('Punkt 3: Bitte einen Titel angeben.');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(moderation, 'meetings-02-tagesordnung-fehler');
    await agendaItem(moderation, 3).getByRole('button', { name: 'Punkt 3 entfernen' }).click();
    await expect.poll(() => moderation.getByRole('group', { name: /^Tagesordnungspunkt/ }).count()).toBe(2);

    // Reordering works with buttons: item 2 up, focus stays on the moved item's button.
    await agendaItem(moderation, 2).getByRole('button', { name: 'Punkt 2 nach oben verschieben' }).click();
    await expect.poll(() => agendaItem(moderation, 1).getByLabel('Titel', { exact: true }).inputValue()).toBe('Austausch in Kleingruppen');
    await expect.poll(() => moderation.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Punkt 1 nach unten verschieben');
    await expect.poll(() => moderation.locator('p.kern-sr-only[role="status"]').innerText()).toBe('„Austausch in Kleingruppen“ ist jetzt Punkt 1.');
    await moderation.keyboard.press('Enter');
    await expect.poll(() => agendaItem(moderation, 1).getByLabel('Thema').inputValue()).toBe('Sprachbildung im Ganztag');
    await checkPage(moderation, 'meetings-03-tagesordnung-bearbeiten');

    await moderation.getByRole('button', { name: 'Tagesordnung speichern' }).click();
    await status(moderation, 'Die Tagesordnung wurde gespeichert.').waitFor();
    const agenda = moderation.locator('ol.app-meetings-agenda > li');
    await expect.poll(() => agenda.allInnerTexts()).toEqual([
      expect.stringMatching(/Impulsvortrag[\s\S]*30 Min\.[\s\S]*Sprachbildung im Ganztag[\s\S]*mit Dr\. Ayşe Demir/),
      expect.stringMatching(/Austausch[\s\S]*Austausch in Kleingruppen/),
    ]);
    await expect.poll(() => moderation.evaluate(() => document.activeElement?.id)).toBe('tagesordnung-bearbeiten');
  });

  it('registers a member on the only place and puts the next one on the waiting list', async () => {
    const first = await openAs(app, mia);
    await first.goto(meetingPath(app.world.meetingId));
    await expectHeading(first, names.meeting);
    await expect.poll(() => first.getByText('Sie sind nicht angemeldet.').count()).toBe(1);
    await first.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await status(first, `Sie sind jetzt für „${names.meeting}“ angemeldet.`).waitFor();
    await expect.poll(() => first.getByText('Sie sind angemeldet.').count()).toBe(1);
    await checkPage(first, 'meetings-04-angemeldet');

    const second = await openAs(app, paul);
    await second.goto(meetingPath(app.world.meetingId));
    await expectHeading(second, names.meeting);
    await expect.poll(() => second.getByText('Alle Plätze sind belegt. Mit der Anmeldung kommen Sie auf die Warteliste.').count()).toBe(1);
    await second.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
    await status(second, `Sie stehen jetzt auf der Warteliste für „${names.meeting}“ (Platz 1).`).waitFor();
    await expect.poll(() => second.getByText('Sie stehen auf der Warteliste (Platz 1).').count()).toBe(1);
    await expect.poll(() => second.locator('.app-meetings-details').first().innerText()).toContain('1 Platz · 1 angemeldet · 1 auf der Warteliste');
    // Members see who registered, with the waiting place.
    const table = second.getByRole('table', { name: 'Anmeldungen' });
    await expect.poll(() => table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/Mia Mitglied\s+angemeldet/), expect.stringMatching(/Paul Praxis\s+auf der Warteliste \(Platz 1\)/)]);
    await checkPage(second, 'meetings-05-warteliste');

    // Withdrawing from the waiting list and coming back keeps the page consistent.
    await second.getByRole('button', { name: 'Von der Warteliste abmelden' }).click();
    await status(second, `Sie haben sich von „${names.meeting}“ abgemeldet.`).waitFor();
    await second.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
    await status(second, /Platz 1/).waitFor();
  });

  it('shows guests the meeting and agenda but explains why minutes and results are missing; outsiders get not found', async () => {
    const guest = await openAs(app, gina);
    await guest.goto(meetingPath(app.world.meetingId));
    await expectHeading(guest, names.meeting);
    await expect.poll(() => guest.locator('ol.app-meetings-agenda > li').count()).toBe(2);
    await expect.poll(() => guest.getByText('Nur für Mitglieder').count()).toBe(1);
    await expect.poll(() => guest.getByText('Wer sich angemeldet hat, sehen nur Mitglieder des Netzwerks.').count()).toBe(1);
    await expect.poll(() => guest.getByRole('button', { name: 'Tagesordnung bearbeiten' }).count()).toBe(0);
    await expect.poll(() => guest.getByRole('textbox', { name: 'Protokoll' }).count()).toBe(0);
    await expect.poll(() => guest.getByRole('link', { name: 'Protokoll als PDF' }).count()).toBe(0);
    await checkPage(guest, 'meetings-06-gast');

    const outsider = await openAs(app, otto);
    await outsider.goto(meetingPath(app.world.meetingId));
    await expectHeading(outsider, 'Treffen nicht gefunden');
    await checkPage(outsider);
  });

  it('records attendance and minutes; the minutes PDF answers as application/pdf', async () => {
    await moderation.reload();
    await expectHeading(moderation, names.meeting);
    const attendance = moderation.getByRole('group', { name: 'Wer war anwesend?' });
    await expect.poll(() => attendance.locator('.app-meetings-check').allInnerTexts()).toEqual([
      expect.stringMatching(/Gina Gast\s+Gast · nicht angemeldet/),
      expect.stringMatching(/Mia Mitglied\s+Mitglied · angemeldet/),
      expect.stringMatching(/Mona Moderation\s+Moderation · nicht angemeldet/),
      expect.stringMatching(/Paul Praxis\s+Mitglied · auf der Warteliste \(Platz 1\)/),
    ]);
    await moderation.getByRole('button', { name: 'Alle Angemeldeten anhaken' }).click();
    await attendance.getByLabel('Mona Moderation').check();
    await moderation.getByRole('button', { name: 'Anwesenheit speichern' }).click();
    await status(moderation, 'Die Anwesenheit wurde gespeichert: 2 Personen anwesend.').waitFor();

    const minutes = moderation.getByRole('textbox', { name: 'Protokoll' });
    await minutes.fill('Begrüßung durch die Moderation.\n\nDr. Demir stellt Beispiele alltagsintegrierter Sprachbildung vor.\n\nDie Gruppen sammeln Ideen für den Ganztag.');
    await moderation.getByRole('button', { name: 'Protokoll speichern' }).click();
    await status(moderation, 'Das Protokoll wurde gespeichert.').waitFor();

    const pdf = moderation.getByRole('link', { name: 'Protokoll als PDF' });
    await pdf.waitFor();
    const href = await pdf.getAttribute('href');
    expect(href).toBe(`/api/treffen/${app.world.meetingId}/protokoll.pdf`);
    const response = await moderation.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The stored attendance is what the members see.
    const stored = await apiCall<{ anmeldungen: Array<{ person: { name: string }; anwesend: boolean | null }> }>(moderation, 'GET', `/api/treffen/${app.world.meetingId}`);
    expect(stored.body.anmeldungen.filter((a) => a.anwesend).map((a) => a.person.name).sort()).toEqual(['Mia Mitglied', 'Mona Moderation']);
  });

  it('adds an agreement with owner and due date (overdue in words) and a result; bad input is explained', async () => {
    const form = moderation.getByRole('form', { name: 'Ergebnis oder Vereinbarung hinzufügen' });
    await form.getByRole('button', { name: 'Hinzufügen' }).click();
    const summary = errorSummary(moderation);
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('Bitte einen Text angeben.');

    await form.getByLabel('Vereinbarung', { exact: true }).check();
    await form.getByLabel('Text', { exact: true }).fill('Elternbrief zur Sprachförderung in fünf Sprachen übersetzen lassen');
    await chooseOption(form, 'Verantwortlich (optional)', 'Mia Mitglied');
    await form.getByLabel(/Fällig am/).fill(yesterday());
    await form.getByRole('button', { name: 'Hinzufügen' }).click();
    await status(moderation, '„Vereinbarung“ wurde hinzugefügt.').waitFor();

    await form.getByLabel('Ergebnis', { exact: true }).check();
    await form.getByLabel('Text', { exact: true }).fill('Der Raumbedarf für den Ganztag soll in der Steuergruppe entschieden werden.');
    await form.getByRole('button', { name: 'Hinzufügen' }).click();
    await status(moderation, '„Ergebnis“ wurde hinzugefügt.').waitFor();

    const agreement = moderation.getByRole('article', { name: /^Vereinbarung: Elternbrief/ });
    await expect.poll(() => agreement.innerText()).toMatch(new RegExp(`Verantwortlich\\s+Mia Mitglied[\\s\\S]*Fällig am\\s+${germanDate(yesterday()).replace(/\./g, '\\.')}\\s+überfällig seit ${germanDate(yesterday()).replace(/\./g, '\\.')}[\\s\\S]*Stand\\s+offen`));
    await checkPage(moderation, 'meetings-07-protokoll-ergebnisse');
  });

  it('passes the result up to the Steuergruppe, whose moderation acknowledges it; the origin then sees "empfangen"', async () => {
    await moderation.getByRole('button', { name: /^Weitergeben: Der Raumbedarf/ }).click();
    const dialog = moderation.getByRole('dialog', { name: 'An ein anderes Netzwerk weitergeben' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Weitergeben' }).click();
    await expect.poll(() => errorSummary(dialog).innerText()).toContain('Bitte ein Netzwerk wählen.');
    await chooseOption(dialog, 'An welches Netzwerk?', names.steering);
    await dialog.getByLabel(/Notiz für das andere Netzwerk/).fill('Bitte in der nächsten Sitzung beraten.');
    await checkPage(moderation, 'meetings-08-weitergeben');
    await dialog.getByRole('button', { name: 'Weitergeben' }).click();
    await status(moderation, `Der Eintrag wurde an ${names.steering} weitergegeben.`).waitFor();
    const result = moderation.getByRole('article', { name: /^Ergebnis: Der Raumbedarf/ });
    await expect.poll(() => result.innerText()).toMatch(new RegExp(`Weitergegeben an ${names.steering} am \\d\\d\\.\\d\\d\\.\\d{4} – noch nicht bestätigt`));

    const steering = await openAs(app, sven);
    await steering.goto(`/netzwerke/${app.world.steeringId}?bereich=eingang`);
    await expectHeading(steering, names.steering);
    const item = steering.locator('article').filter({ hasText: 'Der Raumbedarf für den Ganztag' });
    await expect.poll(() => item.innerText()).toContain(names.local);
    await checkPage(steering, 'meetings-09-eingang-steuergruppe');
    await item.getByRole('button', { name: /Empfang bestätigen/ }).click();
    await status(steering, /wurde bestätigt/).waitFor();

    await moderation.reload();
    await expectHeading(moderation, names.meeting);
    await expect.poll(() => moderation.getByRole('article', { name: /^Ergebnis: Der Raumbedarf/ }).innerText()).toMatch(/Weitergegeben an .* – empfangen am \d\d\.\d\d\.\d{4}/);
    await checkPage(moderation, 'meetings-10-empfangen');
  });

  it('edits an entry in a dialog and deletes one only after asking', async () => {
    const agreement = moderation.getByRole('article', { name: /^Vereinbarung: Elternbrief/ });
    await agreement.getByRole('button', { name: /^Vereinbarung bearbeiten: Elternbrief/ }).click();
    const dialog = moderation.getByRole('dialog', { name: 'Vereinbarung bearbeiten' });
    await dialog.getByLabel('Text', { exact: true }).fill('Elternbrief zur Sprachförderung in sechs Sprachen übersetzen lassen');
    await chooseOption(dialog, 'Stand', 'in Arbeit');
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await status(moderation, 'Die Änderungen wurden gespeichert.').waitFor();
    await expect.poll(() => agreement.innerText()).toMatch(/in sechs Sprachen[\s\S]*Stand\s+in Arbeit/);

    const form = moderation.getByRole('form', { name: 'Ergebnis oder Vereinbarung hinzufügen' });
    await form.getByLabel('Ergebnis', { exact: true }).check();
    await form.getByLabel('Text', { exact: true }).fill('Versehentlich doppelt erfasst');
    await form.getByRole('button', { name: 'Hinzufügen' }).click();
    await status(moderation, '„Ergebnis“ wurde hinzugefügt.').waitFor();
    await moderation.getByRole('button', { name: 'Ergebnis löschen: Versehentlich doppelt erfasst' }).click();
    const confirm = moderation.getByRole('alertdialog', { name: 'Ergebnis löschen?' });
    await confirm.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => moderation.getByRole('article', { name: 'Ergebnis: Versehentlich doppelt erfasst' }).count()).toBe(1);
    await moderation.getByRole('button', { name: 'Ergebnis löschen: Versehentlich doppelt erfasst' }).click();
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await status(moderation, 'Der Eintrag wurde gelöscht.').waitFor();
    await expect.poll(() => moderation.getByRole('article', { name: 'Ergebnis: Versehentlich doppelt erfasst' }).count()).toBe(0);
    await expect.poll(() => moderation.evaluate(() => document.activeElement?.id)).toBe('ergebnisse-titel');
  });

  it('moves the later meeting and cancels it with a reason, then restores it', async () => {
    await moderation.goto(meetingPath(app.world.laterId));
    await expectHeading(moderation, names.later);
    await moderation.getByRole('button', { name: 'Bearbeiten oder verschieben' }).click();
    const dialog = moderation.getByRole('dialog', { name: 'Treffen bearbeiten oder verschieben' });
    await dialog.getByLabel('Titel').fill('');
    await dialog.getByLabel('Dauer in Minuten').fill('viel');
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    const summary = errorSummary(dialog);
    await expect.poll(() => summary.innerText()).toMatch(/Bitte einen Titel angeben\.[\s\S]*Die Dauer muss eine ganze Zahl von Minuten sein\./);
    await checkPage(moderation, 'meetings-11-bearbeiten-fehler');
    await dialog.getByLabel('Titel').fill('Netzwerktreffen Sommer, neuer Termin');
    await dialog.getByLabel('Dauer in Minuten').fill('60');
    const beginn = dialog.getByLabel(/Beginn/);
    const day = (await beginn.inputValue()).slice(0, 10);
    await beginn.fill(`${day}T16:15`);
    await dialog.getByLabel(/Link zur Online-Teilnahme/).fill('https://meet.example.org/sommer');
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await status(moderation, 'Das Treffen wurde gespeichert.').waitFor();
    await expectHeading(moderation, 'Netzwerktreffen Sommer, neuer Termin');
    await expect.poll(() => moderation.locator('.app-page-header__lead').innerText()).toMatch(/16:15–17:15 Uhr$/);
    await expect.poll(() => moderation.getByRole('link', { name: /Zur Online-Teilnahme/ }).getAttribute('href')).toBe('https://meet.example.org/sommer');

    await moderation.getByRole('button', { name: 'Treffen absagen' }).click();
    const confirm = moderation.getByRole('alertdialog', { name: 'Treffen absagen?' });
    await confirm.getByLabel(/Grund der Absage/).fill('Der Raum ist an diesem Tag belegt.');
    await confirm.getByRole('button', { name: 'Absagen' }).click();
    await status(moderation, 'Das Treffen wurde abgesagt.').waitFor();
    await expect.poll(() => moderation.getByText('Grund: Der Raum ist an diesem Tag belegt.').count()).toBe(1);
    await expect.poll(() => moderation.getByText('Eine Anmeldung ist nicht möglich, weil das Treffen abgesagt ist.').count()).toBe(1);
    await checkPage(moderation, 'meetings-12-abgesagt');

    await moderation.getByRole('button', { name: 'Absage zurücknehmen' }).click();
    await moderation.getByRole('alertdialog', { name: 'Absage zurücknehmen?' }).getByRole('button', { name: 'Absage zurücknehmen' }).click();
    await status(moderation, 'Die Absage wurde zurückgenommen. Das Treffen findet statt.').waitFor();
    await expect.poll(() => moderation.getByText('Dieses Treffen ist abgesagt.').count()).toBe(0);
  });

  it('keeps the minutes being written when someone else saves: other parts pass, the same part asks', async () => {
    type Stored = { version: number; protokoll: string; tagesordnung: Array<{ art: string; titel: string; referent: string | null; dauerMinuten: number | null; weitergabe: { id: string } | null; notiz: string | null }> };
    const path = `/api/treffen/${app.world.meetingId}`;
    await moderation.goto(meetingPath(app.world.meetingId));
    await expectHeading(moderation, names.meeting);
    const minutes = moderation.getByRole('textbox', { name: 'Protokoll' });
    await expect.poll(() => minutes.inputValue()).toContain('Begrüßung durch die Moderation.');

    // Someone saves the agenda meanwhile: the meeting's version moves on, the minutes are untouched.
    const before = (await apiCall<Stored>(moderation, 'GET', path)).body;
    const punkte = before.tagesordnung.map((p) => ({ art: p.art, titel: p.titel, referent: p.referent, dauerMinuten: p.dauerMinuten, weitergabeId: p.weitergabe?.id ?? null, notiz: p.notiz }));
    expect((await apiCall(moderation, 'PUT', `${path}/tagesordnung`, { punkte, version: before.version })).status).toBe(200);
    await minutes.fill(`${before.protokoll}\n\nNächster Termin: im Sommer.`);
    await moderation.getByRole('button', { name: 'Protokoll speichern' }).click();
    await status(moderation, 'Das Protokoll wurde gespeichert.').waitFor();
    expect((await apiCall<Stored>(moderation, 'GET', path)).body.protokoll).toContain('Nächster Termin: im Sommer.');

    // Now the minutes themselves change elsewhere: nothing is overwritten without asking.
    await minutes.fill('Meine Fassung des Protokolls.');
    const current = (await apiCall<Stored>(moderation, 'GET', path)).body;
    expect((await apiCall(moderation, 'PUT', `${path}/protokoll`, { protokoll: 'Fremde Fassung des Protokolls.', version: current.version })).status).toBe(200);
    await moderation.getByRole('button', { name: 'Protokoll speichern' }).click();
    const conflict = moderation.getByRole('alert').filter({ hasText: 'Inzwischen hat jemand anderes gespeichert' });
    await conflict.waitFor();
    await expect.poll(() => minutes.inputValue()).toBe('Meine Fassung des Protokolls.');
    await conflict.getByText('Gespeicherte Fassung anzeigen').click();
    await expect.poll(() => conflict.innerText()).toContain('Fremde Fassung des Protokolls.');
    await checkPage(moderation, 'meetings-15-konflikt');
    await conflict.getByRole('button', { name: /^Meine Fassung behalten/ }).click();
    await moderation.getByRole('button', { name: 'Protokoll speichern' }).click();
    await status(moderation, 'Das Protokoll wurde gespeichert.').waitFor();
    expect((await apiCall<Stored>(moderation, 'GET', path)).body.protokoll).toBe('Meine Fassung des Protokolls.');
  });

  it('works at 320 px width without horizontal scrolling', async () => {
    const narrow = await openAs(app, mona, { viewport: { width: 320, height: 800 } });
    await narrow.goto(meetingPath(app.world.meetingId));
    await expectHeading(narrow, names.meeting);
    await narrow.locator('ol.app-meetings-agenda > li').first().waitFor();
    await expectNoHorizontalScroll(narrow);
    await checkPage(narrow, 'meetings-13-treffen-320');
    await narrow.getByRole('button', { name: 'Tagesordnung bearbeiten' }).click();
    await agendaItem(narrow, 1).waitFor();
    await expectNoHorizontalScroll(narrow);
    await screenshot(narrow, 'meetings-14-tagesordnung-320');
  });
});
