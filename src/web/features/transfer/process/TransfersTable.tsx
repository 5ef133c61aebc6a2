import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import type { Transfer } from '../api.js';
import { formatDay, formatTermin } from '../format.js';
import { PhaseBadge } from '../parts.js';
import { transferHref } from '../paths.js';

/** The transfers of the caller's Kommunen, asking or providing, newest change first. */
export function TransfersTable({ rows }: { rows: readonly Transfer[] }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => b.aktualisiertAm.localeCompare(a.aktualisiertAm));
  const columns: Column<Transfer>[] = [
    { key: 'praxis', header: t('transfer.transfers.colPraxis'), isRowHeader: true, render: (r) => <AppLink href={transferHref(r.id)}>{r.praxis.titel}</AppLink> },
    { key: 'anfragend', header: t('transfer.transfers.colAnfragend'), render: (r) => r.anfragend.name },
    { key: 'abgebend', header: t('transfer.transfers.colAbgebend'), render: (r) => r.abgebend.name },
    { key: 'phase', header: t('transfer.transfers.colPhase'), render: (r) => <PhaseBadge phase={r.phase} /> },
    { key: 'termin', header: t('transfer.transfers.colTermin'), render: (r) => (r.termin ? <span className="app-nowrap">{formatTermin(r.termin)}</span> : <span className="app-muted">{t('transfer.transfers.noTermin')}</span>) },
    { key: 'geaendert', header: t('transfer.transfers.colGeaendert'), render: (r) => <span className="app-nowrap">{formatDay(r.aktualisiertAm)}</span> },
  ];
  return <DataTable caption={t('transfer.transfers.caption')} captionHidden columns={columns} rows={sorted} rowKey={(r) => r.id} emptyText={t('transfer.transfers.empty')} wide />;
}
