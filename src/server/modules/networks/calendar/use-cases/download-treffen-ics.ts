import type { ActorCtx } from '../../../../core/context.js';
import { notFound } from '../../../../core/errors.js';
import { loadTreffen } from '../../networks-access.js';
import { localDay } from '../../treffen.presenter.js';
import { feedTreffenById } from '../calendar.repository.js';
import { buildCalendar } from '../ics.js';

export interface IcsFile {
  fileName: string;
  body: string;
}

/** GET /api/treffen/:id/kalender.ics — one meeting for any member of its network (guests included). */
export async function downloadTreffenIcs(ctx: ActorCtx, input: { treffenId: string }, now = new Date()): Promise<IcsFile> {
  const { treffen } = await loadTreffen(ctx, input.treffenId, 'gast');
  const item = await feedTreffenById(ctx.db, treffen.id);
  if (!item) throw notFound('Das Treffen');
  return {
    fileName: `treffen-${localDay(treffen.beginn)}.ics`,
    body: buildCalendar([item], { name: `${treffen.titel} – ${item.netzwerkName}`, baseUrl: ctx.baseUrl, now }),
  };
}
