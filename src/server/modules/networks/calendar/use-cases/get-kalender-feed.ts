import type { Ctx } from '../../../../core/context.js';
import { notFound } from '../../../../core/errors.js';
import { isToken, sha256 } from '../../../../core/secrets.js';
import { feedTreffenOf, findLiveAboByHash, touchAbo } from '../calendar.repository.js';
import { buildCalendar } from '../ics.js';

/** What a feed covers: half a year back (recent minutes stay reachable), two years ahead (series). */
export const FEED_MONTHS_BACK = 6;
export const FEED_MONTHS_AHEAD = 24;
/** Calendar programs are asked to refresh hourly. */
const REFRESH_SECONDS = 3600;


const monthsFrom = (at: Date, months: number) => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/**
 * GET /api/kalender/:datei — the feed behind a subscription address, without a session: the token
 * is the key. Unknown, revoked, a deactivated owner or (for a network feed) an owner who has left
 * the network: 404, with nothing that tells these cases apart.
 */
export async function getKalenderFeed(ctx: Ctx, input: { datei: string }, now = new Date()): Promise<string> {
  const gone = () => notFound('Der Kalender');
  const token = input.datei.endsWith('.ics') ? input.datei.slice(0, -'.ics'.length) : '';
  if (!isToken(token)) throw gone();
  const found = await findLiveAboByHash(ctx.db, sha256(token));
  if (!found || !found.ownerActive) throw gone();
  const { abo } = found;
  if (abo.netzwerkId && !found.ownerMember) throw gone();
  const name = abo.netzwerkId ? `${found.netzwerkName ?? 'Netzwerk'} (Strang)` : 'Meine Netzwerktreffen (Strang)';
  const items = await feedTreffenOf(ctx.db, { userId: abo.userId, netzwerkId: abo.netzwerkId, von: monthsFrom(now, -FEED_MONTHS_BACK), bis: monthsFrom(now, FEED_MONTHS_AHEAD) });
  await touchAbo(ctx.db, abo.id, now);
  return buildCalendar(items, { name, baseUrl: ctx.baseUrl, now, refreshSeconds: REFRESH_SECONDS });
}
