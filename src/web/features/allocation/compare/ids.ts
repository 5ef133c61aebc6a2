import { vergleichQuery } from '../../../../domain/allocation/contracts.js';
import { idSchema } from '../../../../domain/identity/contracts.js';

/** One scenario in a comparison; `version` null: its current version. */
export interface CompareRef {
  id: string;
  version: number | null;
}

export const MAX_COMPARED = 5;

const single = /^([0-9a-fA-F-]{36})(?::(\d{1,6}))?$/;

/** "id" or "id:3". */
export const formatRef = (ref: CompareRef): string => (ref.version === null ? ref.id : `${ref.id}:${ref.version}`);

/** The `ids` parameter of the address: "a,b:2,c". */
export const formatIds = (refs: readonly CompareRef[]): string => refs.map(formatRef).join(',');

/**
 * Reads the `ids` parameter with the same rules as the server. One scenario alone is no mistake
 * (a link from a scenario's page): the picker starts with it. Anything else the server would refuse
 * comes back as its German message.
 */
export function parseIds(raw: string | null): { refs: CompareRef[]; error: string | null } {
  const text = raw?.trim() ?? '';
  if (!text) return { refs: [], error: null };
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 1) {
    const m = single.exec(parts[0]!);
    if (m && idSchema.safeParse(m[1]).success) {
      return { refs: [{ id: m[1]!.toLowerCase(), version: m[2] ? Number(m[2]) : null }], error: null };
    }
  }
  const parsed = vergleichQuery.safeParse({ ids: text });
  if (parsed.success) return { refs: parsed.data.ids, error: null };
  return { refs: [], error: parsed.error.issues[0]?.message ?? 'Die Auswahl der Szenarien ist ungültig.' };
}
