import type { Ctx } from '../../../../core/context.js';
import { notFound } from '../../../../core/errors.js';
import { sha256 } from '../../../../core/secrets.js';
import { rolleIn } from '../../networks-access.js';
import { feedTreffenOf, findLiveAboByHash, findNetzwerkName, touchAbo } from '../calendar.repository.js';
import { buildCalendar } from '../ics.js';

/** What a feed covers: half a year back (recent minutes stay reachable), two years ahead (series). */
export const FEED_MONTHS_BACK = 6;
export const FEED_MONTHS_AHEAD = 24;
/** Calendar programs are asked to refresh hourly. */
const REFRESH_SECONDS = 3600;

const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

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
  const token = TOKEN_FILE.exec(input.datei)?.[1];
  if (!token) throw gone();
  const found = await findLiveAboByHash(ctx.db, sha256(token));
  if (!found || !found.ownerActive) throw gone();
  const { abo } = found;
  let name = 'Meine Netzwerktreffen (Strang)';
  if (abo.netzwerkId) {
    if (!(await rolleIn(ctx.db, abo.netzwerkId, abo.userId))) throw gone();
    name = `${(await findNetzwerkName(ctx.db, abo.netzwerkId)) ?? 'Netzwerk'} (Strang)`;
  }
  const items = await feedTreffenOf(ctx.db, { userId: abo.userId, netzwerkId: abo.netzwerkId, von: monthsFrom(now, -FEED_MONTHS_BACK), bis: monthsFrom(now, FEED_MONTHS_AHEAD) });
  await touchAbo(ctx.db, abo.id, now);
  return buildCalendar(items, { name, baseUrl: ctx.baseUrl, now, refreshSeconds: REFRESH_SECONDS });
}
