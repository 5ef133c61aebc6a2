import type { TreffenKurz } from '../../../domain/networks/contracts.js';
import { localDay } from '../../../domain/networks/recurrence.js';
import type { AnmeldeStatus } from '../../../domain/networks/vocabulary.js';
import { closureName } from './holiday-calendar.js';
import type { TreffenRow } from './networks-access.js';

/** The short form of a meeting used in lists, "my work" and feeds. */
export function presentTreffenKurz(
  row: TreffenRow,
  netzwerk: { id: string; name: string; land: string },
  extra: { meineAnmeldung: AnmeldeStatus | null },
): TreffenKurz {
  return {
    id: row.id,
    netzwerk: { id: netzwerk.id, name: netzwerk.name },
    reiheId: row.reiheId,
    titel: row.titel,
    beginn: row.beginn.toISOString(),
    ende: row.ende.toISOString(),
    status: row.status as TreffenKurz['status'],
    absageGrund: row.absageGrund,
    verschoben: row.verschoben,
    ort: row.ort,
    onlineLink: row.onlineLink,
    schliessung: closureName(netzwerk.land, localDay(row.beginn)),
    meineAnmeldung: extra.meineAnmeldung,
    hatProtokoll: Boolean(row.protokoll && row.protokoll.trim()),
  };
}
