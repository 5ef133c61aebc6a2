import type { ErgebnisArt, VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import { eingangOf } from '../meetings.repository.js';
import { presentWeitergabe } from '../meetings.presenters.js';
import { loadNetzwerk } from '../networks-access.js';

/** GET /api/netzwerke/:id/eingang — results other networks passed to this one, newest first (members). */
export async function listEingang(ctx: ActorCtx, input: { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'mitglied');
  const rows = await eingangOf(ctx.db, netzwerk.id);
  return {
    items: rows.map((r) => ({
      weitergabe: presentWeitergabe(r.weitergabe),
      ergebnis: {
        id: r.ergebnis.id,
        art: r.ergebnis.art as ErgebnisArt,
        text: r.ergebnis.text,
        verantwortlich: r.ergebnis.verantwortlichId ? { id: r.ergebnis.verantwortlichId, name: r.ergebnis.verantwortlichName ?? '' } : null,
        faelligAm: r.ergebnis.faelligAm,
        status: r.ergebnis.status as VereinbarungStatus | null,
      },
      treffen: { titel: r.treffen.titel, beginn: r.treffen.beginn.toISOString() },
    })),
  };
}
