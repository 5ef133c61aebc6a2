import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { TIME_ZONE } from '../../../../domain/networks/recurrence.js';
import { tagesordnungsArten, vereinbarungStatus, type TagesordnungsArt, type VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';

export interface ProtokollPdfInput {
  netzwerk: string;
  titel: string;
  beginn: Date;
  ende: Date;
  abgesagt: boolean;
  absageGrund: string | null;
  ort: string | null;
  onlineLink: string | null;
  /** Null when attendance was not recorded: then the registered people are listed instead. */
  anwesend: string[] | null;
  angemeldet: string[];
  tagesordnung: { art: TagesordnungsArt; titel: string; referent: string | null; dauerMinuten: number | null; vonNetzwerk: string | null }[];
  protokoll: string | null;
  ergebnisse: string[];
  vereinbarungen: { text: string; verantwortlich: string | null; faelligAm: string | null; status: VereinbarungStatus | null; ueberfaellig: boolean }[];
  erstelltAm: Date;
}

// The fonts are embedded (subset) so the file reads the same everywhere and screen readers get real text.
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: fs.readFileSync(path.join(fontDir, 'DejaVuSans.ttf')), bold: fs.readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')) });

const dayFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const stampFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "31.12.2025" from "2025-12-31". */
export const germanDate = (iso: string) => iso.split('-').reverse().join('.');

export function whenText(beginn: Date, ende: Date): string {
  return `${dayFormat.format(beginn)}, ${timeFormat.format(beginn)}–${timeFormat.format(ende)} Uhr`;
}

const MARGIN = 56;
const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';

/**
 * The minutes of a meeting as a tagged PDF (PDF/UA-style): document language, title shown in the
 * window bar, embedded fonts, a structure tree with headings, paragraphs, lists and a table with
 * header cells, in reading order; page numbers are marked as artifacts.
 */
export function renderProtokollPdf(input: ProtokollPdfInput): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const title = `Protokoll: ${input.titel}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    bufferPages: true,
    info: { Title: title, Author: input.netzwerk, Subject: `Protokoll des Treffens am ${dayFormat.format(input.beginn)}`, Creator: 'Strang', CreationDate: input.erstelltAm },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('Sans', regular);
  doc.registerFont('Sans-Bold', bold);
  const width = doc.page.width - 2 * MARGIN;
  const root = doc.struct('Document');
  doc.addStructure(root);

  // Keeps a heading (or a table's header row) together with what follows it.
  const ensureSpace = (points: number) => {
    if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const heading = (level: 'H1' | 'H2', text: string) => {
    if (level === 'H2') {
      doc.moveDown(0.8);
      ensureSpace(70);
    }
    doc.font('Sans-Bold').fontSize(level === 'H1' ? 18 : 13).fillColor(TEXT);
    root.add(doc.struct(level, {}, [() => doc.text(text, MARGIN, doc.y, { width })]));
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, opts: { color?: string; boldLabel?: string } = {}) => {
    doc.fontSize(10.5).fillColor(opts.color ?? TEXT);
    if (opts.boldLabel) {
      // Label and value are one paragraph for a screen reader.
      root.add(
        doc.struct('P', {}, [
          () => {
            doc.font('Sans-Bold').text(`${opts.boldLabel}: `, MARGIN, doc.y, { width, continued: true });
            doc.font('Sans').text(text);
          },
        ]),
      );
    } else {
      root.add(doc.struct('P', {}, [() => doc.font('Sans').text(text, MARGIN, doc.y, { width })]));
    }
    doc.moveDown(0.4);
  };
  const list = (items: string[], numbered = false) => {
    const l = doc.struct('L');
    root.add(l);
    doc.font('Sans').fontSize(10.5).fillColor(TEXT);
    items.forEach((item, i) => {
      const li = doc.struct('LI');
      l.add(li);
      const label = numbered ? `${i + 1}.` : '•';
      if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      li.add(doc.struct('Lbl', {}, [() => doc.text(label, MARGIN + 4, y, { width: 18, lineBreak: false })]));
      li.add(doc.struct('LBody', {}, [() => doc.text(item, MARGIN + 24, y, { width: width - 24 })]));
      li.end();
      doc.moveDown(0.15);
    });
    l.end();
    doc.x = MARGIN;
  };

  heading('H1', title);
  paragraph(input.netzwerk, { boldLabel: 'Netzwerk' });
  paragraph(whenText(input.beginn, input.ende), { boldLabel: 'Termin' });
  if (input.ort) paragraph(input.ort, { boldLabel: 'Ort' });
  if (input.onlineLink) paragraph(input.onlineLink, { boldLabel: 'Online' });
  if (input.abgesagt) paragraph(input.absageGrund ? `Das Treffen wurde abgesagt: ${input.absageGrund}` : 'Das Treffen wurde abgesagt.', { boldLabel: 'Hinweis' });

  heading('H2', 'Anwesenheit');
  if (input.anwesend) {
    if (input.anwesend.length) list(input.anwesend);
    else paragraph('Niemand wurde als anwesend erfasst.', { color: MUTED });
  } else if (input.angemeldet.length) {
    paragraph('Die Anwesenheit wurde nicht erfasst. Angemeldet waren:', { color: MUTED });
    list(input.angemeldet);
  } else {
    paragraph('Die Anwesenheit wurde nicht erfasst.', { color: MUTED });
  }

  heading('H2', 'Tagesordnung');
  if (input.tagesordnung.length) {
    list(
      input.tagesordnung.map((p) => {
        const details = [p.referent, p.vonNetzwerk ? `aus: ${p.vonNetzwerk}` : null, p.dauerMinuten ? `${p.dauerMinuten} Min.` : null].filter(Boolean);
        return `${tagesordnungsArten[p.art]}: ${p.titel}${details.length ? ` (${details.join(', ')})` : ''}`;
      }),
      true,
    );
  } else {
    paragraph('Keine Tagesordnung erfasst.', { color: MUTED });
  }

  heading('H2', 'Protokoll');
  const absaetze = (input.protokoll ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (absaetze.length) for (const absatz of absaetze) paragraph(absatz);
  else paragraph('Noch kein Protokoll erfasst.', { color: MUTED });

  heading('H2', 'Ergebnisse');
  if (input.ergebnisse.length) list(input.ergebnisse);
  else paragraph('Keine Ergebnisse erfasst.', { color: MUTED });

  heading('H2', 'Vereinbarungen');
  if (input.vereinbarungen.length) {
    doc.font('Sans').fontSize(9.5).fillColor(TEXT);
    ensureSpace(60);
    const th = (text: string) => ({ text, type: 'TH' as const, scope: 'column', font: { src: 'Sans-Bold' } });
    // pdfkit 0.17+ tags tables (Table/TR/TH/TD) when given a structure parent; the bundled types predate it.
    (doc.table as (opts: object) => unknown)({
      structParent: root,
      columnStyles: ['*', 110, 70, 70],
      defaultStyle: { padding: 4, border: 0.5, borderColor: '#8a8a8a' },
      data: [
        [th('Vereinbarung'), th('Verantwortlich'), th('Fällig am'), th('Stand')],
        ...input.vereinbarungen.map((v) => [
          v.text,
          v.verantwortlich ?? '–',
          v.faelligAm ? germanDate(v.faelligAm) + (v.ueberfaellig ? ' (überfällig)' : '') : '–',
          v.status ? vereinbarungStatus[v.status] : '–',
        ]),
      ],
    });
  } else {
    paragraph('Keine Vereinbarungen erfasst.', { color: MUTED });
  }
  root.end();

  // Page numbers and the date of the export: decoration, not content.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Sans')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`${input.netzwerk} · erstellt am ${stampFormat.format(input.erstelltAm)} Uhr · Seite ${i + 1} von ${range.count}`, MARGIN, doc.page.height - MARGIN + 8, { width, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
