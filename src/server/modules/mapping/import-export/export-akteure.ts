import { akteurExportRows } from '../../../../domain/mapping/transfer/akteure.js';
import { akteurColumns } from '../../../../domain/mapping/transfer/columns.js';
import { mimeTypes, type AkteurExportQuery } from '../../../../domain/mapping/transfer/contracts.js';
import { exportCsv, exportFileName } from '../../../../domain/mapping/transfer/export.js';
import type { ActorCtx } from '../../../core/context.js';
import { listAkteure as listRows } from '../mapping.repository.js';
import { typeLabels } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';
import { MAX_EXPORT_ROWS, type ExportFile, todayInGermany } from './export-file.js';
import { siteNumbersIn } from './transfer.repository.js';
import { exportXlsx } from './write-xlsx.js';

/**
 * The actors of a Kommune as CSV or XLSX, with the filters of the list. Members get everything,
 * everyone else only what the Kommune shared (as in the list).
 */
export async function exportAkteure(ctx: ActorCtx, input: AkteurExportQuery & { kommuneId: string }): Promise<ExportFile> {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const { rows } = await listRows(ctx.db, { kommuneId: kommune.id, all: readsAll(ctx, kommune) }, { ...input, limit: MAX_EXPORT_ROWS, offset: 0 });
  const sites = await siteNumbersIn(ctx.db, 'akteur', kommune.id);
  const label = await typeLabels(ctx.db, [kommune.id]);
  const cells = akteurExportRows(
    rows.map((r) => ({
      name: r.name,
      typLabel: label(r.kommuneId, r.typ),
      kreis: r.kreis,
      beschreibung: r.beschreibung,
      kontaktFunktion: r.kontaktFunktion,
      kontaktEmail: r.kontaktEmail,
      kontaktTelefon: r.kontaktTelefon,
      schulnummern: sites.get(r.id) ?? [],
      geteilt: r.geteilt,
    })),
  );
  const body = input.format === 'xlsx' ? await exportXlsx('Akteure', akteurColumns, cells) : Buffer.from(exportCsv(akteurColumns, cells), 'utf8');
  return { fileName: exportFileName('akteure', kommune.name, todayInGermany(), input.format), contentType: mimeTypes[input.format], body, rows: cells.length };
}
