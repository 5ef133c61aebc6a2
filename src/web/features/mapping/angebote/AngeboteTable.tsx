import { useTranslation } from 'react-i18next';
import type { Angebot } from '../../../../domain/mapping/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { formatHours } from '../shared/format.js';
import { useLabels } from '../shared/labels.js';
import { akteurHref, angebotHref } from '../shared/links.js';
import { SiteNames } from '../shared/parts.js';

interface AngeboteTableProps {
  rows: readonly Angebot[];
  caption: string;
  emptyText: string;
  /** On the page of the provider itself. */
  hideTraeger?: boolean;
  showFinanzierung?: boolean;
  paging?: Parameters<typeof DataTable<Angebot>>[0]['paging'];
}

export function AngeboteTable({ rows, caption, emptyText, hideTraeger, showFinanzierung, paging }: AngeboteTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: Column<Angebot>[] = [
    { key: 'titel', header: t('mapping.angebote.colTitel'), isRowHeader: true, render: (a) => <AppLink href={angebotHref(a.id)}>{a.titel}</AppLink> },
    ...(hideTraeger
      ? []
      : [
          {
            key: 'traeger',
            header: t('mapping.angebote.colTraeger'),
            render: (a: Angebot) => (a.akteurId ? <AppLink href={akteurHref(a.akteurId)}>{a.akteurName}</AppLink> : <span className="app-muted">{t('common.notSet')}</span>),
          },
        ]),
    { key: 'handlungsfeld', header: t('mapping.angebote.colHandlungsfeld'), render: (a) => labels.handlungsfeld(a.handlungsfeld) },
    { key: 'standorte', header: t('mapping.angebote.colStandorte'), render: (a) => <SiteNames sites={a.standorte} /> },
    {
      key: 'stunden',
      header: t('mapping.angebote.colStunden'),
      numeric: true,
      render: (a) => (a.stundenProWoche === null ? <span className="app-muted">{t('common.notSet')}</span> : formatHours(a.stundenProWoche)),
    },
    ...(showFinanzierung ? [{ key: 'finanzierung', header: t('mapping.angebote.colFinanzierung'), render: (a: Angebot) => labels.finanzierung(a.finanzierung) }] : []),
    { key: 'status', header: t('mapping.angebote.colStatus'), render: (a) => labels.status(a.status) },
  ];
  return <DataTable caption={caption} captionHidden wide columns={columns} rows={rows} rowKey={(a) => a.id} emptyText={emptyText} paging={paging} />;
}
