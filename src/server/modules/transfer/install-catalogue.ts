import { kontextFragen as katalog } from '../../../domain/transfer/content/index.js';
import type { Db } from '../../core/db.js';
import { insertFragen } from './transfer.repository.js';

/**
 * The catalogue of context questions ships with Strang: missing questions are added at every start
 * (by code), changed or retired ones are left as the state coordination keeps them.
 */
export async function installCatalogue(db: Db): Promise<void> {
  await insertFragen(
    db,
    katalog.map((f) => ({ code: f.code, dimension: f.dimension, frage: f.frage, hinweis: f.hinweis ?? null })),
  );
}
