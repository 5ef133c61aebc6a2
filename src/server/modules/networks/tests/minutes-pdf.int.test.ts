import { sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { ergebnisOf, expectProblem, meetingsApi, meetingWorld, treffenOf, type MeetingsApi, type MeetingWorld } from './meetings-support.js';

let t: TestApp;
let api: MeetingsApi;
let w: MeetingWorld;

beforeAll(async () => {
  t = await createTestApp();
  api = meetingsApi(t.app);
  w = await meetingWorld(t.app, t.database.db);
});
afterAll(async () => t?.close());

interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}

async function readPdf(body: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const roles: string[] = [];
  /** Text marked as artifact (decoration a screen reader skips). */
  const artifacts: string[] = [];
  const collect = (n: StructNode | null) => {
    if (!n) return;
    if (n.role) roles.push(n.role);
    n.children?.forEach(collect);
  };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    collect((await page.getStructTree()) as StructNode | null);
    let inArtifact = false;
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('str' in item) {
        if (inArtifact && item.str.trim()) artifacts.push(item.str);
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') inArtifact = (item as { tag?: string }).tag === 'Artifact';
      else if (item.type === 'endMarkedContent') inArtifact = false;
    }
  }
  const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
  const markInfo = await doc.getMarkInfo();
  await doc.destroy();
  return { pages, text: pages.join(' '), roles, artifacts, info, markInfo };
}

/** A past meeting with everything the minutes show. */
async function fullMeeting(protokoll: string) {
  const row = await buildTreffen(t.database.db, w.netzwerk.id, { titel: 'Netzwerktreffen Frühjahr', beginn: new Date('2025-03-03T13:00:00Z'), minuten: 90 });
  await t.database.db.execute(sql`update treffen set ort = 'Rathaus, Raum 101' where id = ${row.id}`);
  await t.database.db.execute(sql`insert into anmeldungen (treffen_id, user_id, status) values (${row.id}, ${w.mitglied.id}, 'angemeldet'), (${row.id}, ${w.mitglied2.id}, 'angemeldet')`);
  let v = treffenOf(await api.agenda(w.moderation.session, row.id, {
    punkte: [
      { art: 'impuls', titel: 'Sprachförderung in der Kita', referent: 'Dr. Ada Beispiel', dauerMinuten: 20 },
      { art: 'austausch', titel: 'Erfahrungen aus den Schulen' },
    ],
    version: 1,
  })).version;
  v = treffenOf(await api.attendance(w.moderation.session, row.id, { anwesend: [w.mitglied.id, w.moderation.id], version: v })).version;
  treffenOf(await api.minutes(w.moderation.session, row.id, { protokoll, version: v }));
  ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Die Schulen melden ihre Bedarfe bis Ende März.' }), 201);
  ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'vereinbarung', text: 'Elternbrief in fünf Sprachen übersetzen', verantwortlichId: w.mitglied.id, faelligAm: '2025-04-01' }), 201);
  return row;
}

describe('minutes as an accessible PDF', () => {
  it('is a tagged PDF 1.7 in German with title, embedded fonts, headings, lists, a table and the whole content', async () => {
    const row = await fullMeeting('Begrüßung durch die Moderation.\n\nTOP 1: Frau Beispiel stellt das Konzept vor.\nRückfragen zur Finanzierung.');
    const res = await api.pdf(w.mitglied.session, row.id);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="Protokoll-2025-03-03.pdf"');
    const body = res.rawPayload;
    expect(body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');

    // The catalogue: marked, with a structure tree, the language, and the title shown instead of the file name.
    const raw = body.toString('latin1');
    expect(raw).toMatch(/\/Type \/Catalog[\s\S]*?\/MarkInfo/);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/DisplayDocTitle true');
    // TrueType embedded (subset), not one of the 14 standard fonts.
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);

    const pdf = await readPdf(body);
    expect(pdf.markInfo).toMatchObject({ Marked: true });
    expect(pdf.info).toMatchObject({ Title: 'Protokoll: Netzwerktreffen Frühjahr', Author: 'Bildungsnetzwerk Nord', Language: 'de-DE', PDFFormatVersion: '1.7' });
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(pdf.roles, role).toContain(role);
    expect(pdf.roles.filter((r) => r === 'H1')).toHaveLength(1);
    expect(pdf.roles.filter((r) => r === 'H2')).toHaveLength(5);

    // Reading order follows the document: network, date, attendance, agenda, minutes, results, agreements.
    const order = [
      'Protokoll: Netzwerktreffen Frühjahr',
      'Bildungsnetzwerk Nord',
      'Montag, 3. März 2025, 14:00–15:30 Uhr',
      'Rathaus, Raum 101',
      'Anwesenheit',
      'Max Mitglied',
      'Mona Moderation',
      'Tagesordnung',
      'Impulsvortrag: Sprachförderung in der Kita (Dr. Ada Beispiel, 20 Min.)',
      'Austausch: Erfahrungen aus den Schulen',
      'Protokoll',
      'Begrüßung durch die Moderation.',
      'TOP 1: Frau Beispiel stellt das Konzept vor.',
      'Rückfragen zur Finanzierung.',
      'Ergebnisse',
      'Die Schulen melden ihre Bedarfe bis Ende März.',
      'Vereinbarungen',
      'Vereinbarung',
      'Verantwortlich',
      'Fällig am',
      'Stand',
      'Elternbrief in fünf Sprachen übersetzen',
      '01.04.2025',
      'offen',
    ];
    let at = -1;
    for (const part of order) {
      const next = pdf.text.indexOf(part, at + 1);
      expect(next, `"${part}" after position ${at} in: ${pdf.text}`).toBeGreaterThan(at);
      at = next;
    }
    // Mia registered but was absent: not in the attendance list.
    expect(pdf.text).not.toContain('Mia Mitglied');
    expect(pdf.text).toContain('(überfällig)');
    // Size of a one-page record with two embedded font subsets.
    console.log(`minutes PDF, ${pdf.pages.length} page(s): ${body.length.toLocaleString('de-DE')} bytes`);
    expect(body.length).toBeLessThan(150_000);
  });

  it('runs long minutes over several pages with page numbers outside the structure', async () => {
    const lang = Array.from({ length: 60 }, (_, i) => `Absatz ${i + 1}: Die Schulen berichten über Sprachförderung, Übergänge und den Ganztag; größere Fragen gehen an den Lenkungskreis.`).join('\n\n');
    const row = await fullMeeting(lang);
    const res = await api.pdf(w.moderation.session, row.id);
    expect(res.statusCode).toBe(200);
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((text, i) => expect(text).toContain(`Seite ${i + 1} von ${pdf.pages.length}`));
    expect(pdf.artifacts).toHaveLength(pdf.pages.length);
    pdf.artifacts.forEach((text, i) => expect(text).toMatch(new RegExp(`^Bildungsnetzwerk Nord · erstellt am .* · Seite ${i + 1} von ${pdf.pages.length}$`)));
    expect(pdf.text).toContain('Absatz 60:');
    expect(pdf.roles.filter((r) => r === 'P').length).toBeGreaterThanOrEqual(60);
    console.log(`minutes PDF with 60 paragraphs, ${pdf.pages.length} pages: ${res.rawPayload.length.toLocaleString('de-DE')} bytes`);
  });

  it('says what is missing for a meeting without records, and lists the registered when attendance was not taken', async () => {
    const row = await buildTreffen(t.database.db, w.netzwerk.id, { titel: 'Leeres Treffen' });
    await t.database.db.execute(sql`insert into anmeldungen (treffen_id, user_id, status) values (${row.id}, ${w.mitglied2.id}, 'angemeldet')`);
    const pdf = await readPdf((await api.pdf(w.mitglied.session, row.id)).rawPayload);
    for (const text of ['Die Anwesenheit wurde nicht erfasst. Angemeldet waren:', 'Mia Mitglied', 'Keine Tagesordnung erfasst.', 'Noch kein Protokoll erfasst.', 'Keine Ergebnisse erfasst.', 'Keine Vereinbarungen erfasst.']) {
      expect(pdf.text).toContain(text);
    }
  });

  it('is for members only: guests 403, other networks 404, no session 401', async () => {
    const row = await buildTreffen(t.database.db, w.netzwerk.id, { protokoll: 'Intern' });
    expectProblem(await api.pdf(w.gast.session, row.id), 403, 'forbidden');
    expectProblem(await api.pdf(w.fremd.session, row.id), 404, 'not_found');
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/treffen/${row.id}/protokoll.pdf` }), 401, 'unauthenticated');
    const andere = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [w.fremd.id]: 'moderation' } });
    const dort = await buildTreffen(t.database.db, andere.id, { protokoll: 'Vertraulich' });
    expectProblem(await api.pdf(w.moderation.session, dort.id), 404, 'not_found');
  });
});
