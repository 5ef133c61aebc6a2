import type { ActorCtx } from '../../../core/context.js';
import { renderProtokollPdf } from '../minutes/protokoll-pdf.js';
import { agendaOf, anmeldungenOf, ergebnisseOf } from '../meetings.repository.js';
import { isUeberfaellig, todayInBerlin } from '../meetings.presenters.js';
import { localDay } from '../../../../domain/networks/recurrence.js';
import type { TagesordnungsArt, VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { loadTreffen } from '../networks-access.js';

const byName = (a: string, b: string) => a.localeCompare(b, 'de');

/** GET /api/treffen/:id/protokoll.pdf — the minutes as an accessible PDF, for members of the network (guests: 403). */
export async function exportProtokollPdf(ctx: ActorCtx, input: { treffenId: string }) {
  const { treffen, netzwerk } = await loadTreffen(ctx, input.treffenId, 'mitglied');
  const agenda = await agendaOf(ctx.db, treffen.id);
  const anmeldungen = await anmeldungenOf(ctx.db, treffen.id);
  const ergebnisse = await ergebnisseOf(ctx.db, { treffenId: treffen.id });
  const erfasst = anmeldungen.some((a) => a.anwesend !== null);
  const today = todayInBerlin();
  const body = await renderProtokollPdf({
    netzwerk: netzwerk.name,
    titel: treffen.titel,
    beginn: treffen.beginn,
    ende: treffen.ende,
    abgesagt: treffen.status === 'abgesagt',
    absageGrund: treffen.absageGrund,
    ort: treffen.ort,
    onlineLink: treffen.onlineLink,
    anwesend: erfasst ? anmeldungen.filter((a) => a.anwesend).map((a) => a.name).sort(byName) : null,
    angemeldet: anmeldungen.filter((a) => a.status === 'angemeldet').map((a) => a.name).sort(byName),
    tagesordnung: agenda.map((p) => ({ art: p.art as TagesordnungsArt, titel: p.titel, referent: p.referent, dauerMinuten: p.dauerMinuten, vonNetzwerk: p.vonName })),
    protokoll: treffen.protokoll,
    ergebnisse: ergebnisse.filter((e) => e.art === 'ergebnis').map((e) => e.text),
    vereinbarungen: ergebnisse
      .filter((e) => e.art === 'vereinbarung')
      .map((e) => ({ text: e.text, verantwortlich: e.verantwortlichName, faelligAm: e.faelligAm, status: e.status as VereinbarungStatus | null, ueberfaellig: isUeberfaellig(e, today) })),
    erstelltAm: new Date(),
  });
  return { fileName: `Protokoll-${localDay(treffen.beginn)}.pdf`, contentType: 'application/pdf', body };
}
