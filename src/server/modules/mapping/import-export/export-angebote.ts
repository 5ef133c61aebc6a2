import { angebotExportRows } from '../../../../domain/mapping/transfer/angebote.js';
import { angebotColumns } from '../../../../domain/mapping/transfer/columns.js';
import { mimeTypes, type AngebotExportQuery } from '../../../../domain/mapping/transfer/contracts.js';
import { exportCsv, exportFileName } from '../../../../domain/mapping/transfer/export.js';
import type { ActorCtx } from '../../../core/context.js';
import { listAngebote as listRows } from '../mapping.repository.js';
import { loadKommune, readsAll } from '../mapping-access.js';
import { MAX_EXPORT_ROWS, type ExportFile, todayInGermany } from './export-file.js';
import { akteurNamesIn, siteNumbersIn } from './transfer.repository.js';
import { exportXlsx } from './write-xlsx.js';

/**
 * The offers of a Kommune as CSV or XLSX, with the filters of the list. Members get everything,
 * everyone else only what the Kommune shared (as in the list).
 */
export async function exportAngebote(ctx: ActorCtx, input: AngebotExportQuery & { kommuneId: string }): Promise<ExportFile> {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const { rows } = await listRows(ctx.db, { kommuneId: kommune.id, all: readsAll(ctx, kommune) }, { ...input, limit: MAX_EXPORT_ROWS, offset: 0 });
  const sites = await siteNumbersIn(ctx.db, 'angebot', kommune.id);
  const traeger = await akteurNamesIn(ctx.db, kommune.id);
  const cells = angebotExportRows(
    rows.map((r) => ({
      titel: r.titel,
      beschreibung: r.beschreibung,
      akteurName: r.akteurId ? (traeger.get(r.akteurId) ?? null) : null,
      handlungsfeld: r.handlungsfeld,
      ebene: r.ebene,
      altersphasen: r.altersphasen,
      zielgruppe: r.zielgruppe,
      schulnummern: sites.get(r.id) ?? [],
      stundenProWoche: r.stundenProWoche,
      finanzierung: r.finanzierung,
      beginn: r.beginn,
      ende: r.ende,
      status: r.status,
      geteilt: r.geteilt,
    })),
  );
  const body = input.format === 'xlsx' ? await exportXlsx('Angebote', angebotColumns, cells) : Buffer.from(exportCsv(angebotColumns, cells), 'utf8');
  return { fileName: exportFileName('angebote', kommune.name, todayInGermany(), input.format), contentType: mimeTypes[input.format], body, rows: cells.length };
}
