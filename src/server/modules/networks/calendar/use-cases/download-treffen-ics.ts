import { localDay } from '../../../../../domain/networks/recurrence.js';
import type { ActorCtx } from '../../../../core/context.js';
import { loadTreffen } from '../../networks-access.js';
import { withAgenda } from '../calendar.repository.js';
import { buildCalendar } from '../ics.js';

export interface IcsFile {
  fileName: string;
  body: string;
}

/** GET /api/treffen/:id/kalender.ics — one meeting for any member of its network (guests included). */
export async function downloadTreffenIcs(ctx: ActorCtx, input: { treffenId: string }, now = new Date()): Promise<IcsFile> {
  const { treffen, netzwerk } = await loadTreffen(ctx, input.treffenId, 'gast');
  const [item] = await withAgenda(ctx.db, [{ treffen, netzwerkName: netzwerk.name }]);
  return {
    fileName: `treffen-${localDay(treffen.beginn)}.ics`,
    body: buildCalendar([item!], { name: `${treffen.titel} – ${netzwerk.name}`, baseUrl: ctx.baseUrl, now }),
  };
}
