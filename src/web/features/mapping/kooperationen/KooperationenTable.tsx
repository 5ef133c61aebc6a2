import { useTranslation } from 'react-i18next';
import type { Kooperation } from '../../../../domain/mapping/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { formatDay } from '../shared/format.js';
import { useLabels } from '../shared/labels.js';
import { kooperationHref } from '../shared/links.js';
import { kooperationName } from './values.js';

interface KooperationenTableProps {
  rows: readonly Kooperation[];
  caption: string;
  emptyText: string;
  /** On an actor's page: name the partner first. */
  from?: string;
  hideStandort?: boolean;
  paging?: Parameters<typeof DataTable<Kooperation>>[0]['paging'];
}

export function KooperationenTable({ rows, caption, emptyText, from, hideStandort, paging }: KooperationenTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const name = (k: Kooperation) => (from === k.akteurBId ? `${k.akteurBName} – ${k.akteurAName}` : kooperationName(k));
  const columns: Column<Kooperation>[] = [
    { key: 'name', header: t('mapping.kooperationen.colName'), isRowHeader: true, render: (k) => <AppLink href={kooperationHref(k.id)}>{name(k)}</AppLink> },
    { key: 'typ', header: t('mapping.kooperationen.colTyp'), render: (k) => labels.kooperationsTyp(k.typ) },
    ...(hideStandort
      ? []
      : [{ key: 'standort', header: t('mapping.kooperationen.colStandort'), render: (k: Kooperation) => k.standortName ?? <span className="app-muted">{t('mapping.kooperationen.noStandort')}</span> }]),
    { key: 'seit', header: t('mapping.kooperationen.colSeit'), render: (k) => (k.seit ? formatDay(k.seit) : <span className="app-muted">{t('common.notSet')}</span>) },
  ];
  return <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(k) => k.id} emptyText={emptyText} paging={paging} />;
}
