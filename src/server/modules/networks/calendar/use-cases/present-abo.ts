import type { z } from 'zod';
import type { kalenderAboSchema } from '../../../../../domain/networks/contracts.js';
import type { KalenderAboRow } from '../calendar.repository.js';

export type KalenderAbo = z.infer<typeof kalenderAboSchema>;

/** A subscription as its owner sees it: never the token or its hash. */
export function presentAbo(abo: KalenderAboRow, netzwerkName: string | null): KalenderAbo {
  return {
    id: abo.id,
    bezeichnung: abo.bezeichnung,
    netzwerk: abo.netzwerkId ? { id: abo.netzwerkId, name: netzwerkName ?? '' } : null,
    erstelltAm: abo.erstelltAm.toISOString(),
    zuletztAbgerufenAm: abo.zuletztAbgerufenAm?.toISOString() ?? null,
  };
}

/** The subscription address; the token is only ever in the answer to creating it. */
export const feedAddress = (baseUrl: string, token: string) => `${baseUrl}/api/kalender/${token}.ics`;
