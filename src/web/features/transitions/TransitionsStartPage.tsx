import './transitions.css';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useBereiche, useRunden, type RundeKopf } from './api.js';
import { formatDay } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { ButtonLink } from './parts.js';
import { createHref, rundeHref } from './paths.js';
import { RundenStatusBadge } from './StatusBadges.js';

/** /uebergaenge — the rounds the person may see; coordinators open new ones here. */
export function TransitionsStartPage() {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const bereiche = useBereiche();
  const runden = useRunden();
  const mayCreate = (bereiche.data?.items.length ?? 0) > 0;

  const columns: Column<RundeKopf>[] = [
    { key: 'bezeichnung', header: t('transitions.start.colBezeichnung'), isRowHeader: true, render: (r) => <AppLink href={rundeHref(r.id)}>{r.bezeichnung}</AppLink> },
    { key: 'kommune', header: t('transitions.start.colKommune'), render: (r) => r.kommune.name },
    { key: 'schuljahr', header: t('transitions.start.colSchuljahr'), render: (r) => r.schuljahr },
    { key: 'frist', header: t('transitions.start.colFrist'), render: (r) => <span className="app-nowrap">{formatDay(r.frist)}</span> },
    { key: 'status', header: t('transitions.start.colStatus'), render: (r) => <RundenStatusBadge status={r.status} /> },
    { key: 'rolle', header: t('transitions.start.colRolle'), render: (r) => labels.rolle(r) },
  ];

  return (
    <>
      <PageHeader
        title={t('transitions.title')}
        lead={t('transitions.start.lead')}
        actions={
          mayCreate ? (
            <ButtonLink href={createHref} icon="add">
              {t('transitions.start.create')}
            </ButtonLink>
          ) : undefined
        }
      />
      {runden.isError ? (
        <QueryError error={runden.error} onRetry={() => void runden.refetch()} />
      ) : runden.isPending ? (
        <Loading />
      ) : (
        <DataTable
          caption={t('transitions.start.caption')}
          columns={columns}
          rows={runden.data.items}
          rowKey={(r) => r.id}
          emptyText={`${t('transitions.start.empty')} ${mayCreate ? t('transitions.start.emptyCoordinator') : t('transitions.start.emptyOthers')}`}
          wide
        />
      )}
    </>
  );
}
