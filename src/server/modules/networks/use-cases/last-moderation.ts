import { AppError } from '../../../core/errors.js';
import type { DbOrTx } from '../../../core/db.js';
import { countModeration } from '../networks.repository.js';

/**
 * A network must keep at least one moderation. Call inside a transaction that locked the network
 * row first (`lockNetzwerk`), so two moderators leaving at the same time cannot both succeed.
 */
export async function assertNotLastModeration(tx: DbOrTx, netzwerkId: string, what: 'entfernen' | 'herabstufen'): Promise<void> {
  if ((await countModeration(tx, netzwerkId)) > 1) return;
  const detail =
    what === 'entfernen'
      ? 'Die letzte Moderation kann das Netzwerk nicht verlassen. Bitte zuerst eine andere Person zur Moderation machen.'
      : 'Die letzte Moderation kann nicht herabgestuft werden. Bitte zuerst eine andere Person zur Moderation machen.';
  throw new AppError(409, 'last_moderation', detail, [{ field: 'rolle', message: detail }]);
}
