import { useTranslation } from 'react-i18next';
import type { Netzwerk, Reihe } from '../../../../domain/networks/contracts.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { useReihen } from '../api.js';
import { formatLocalDateTime, formatLocalTime } from '../format.js';
import { ButtonLink } from '../parts.js';
import { hasRole } from '../permissions.js';
import { StackedTable, type StackedColumn } from '../StackedTable.js';
import { useRuleWords } from '../useRuleWords.js';

export function SeriesPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const reihen = useReihen(netzwerk.id);
  const { describeRule } = useRuleWords();
  const mayPlan = hasRole(netzwerk.meineRolle, 'moderation') && !netzwerk.archiviert;

  const columns: StackedColumn<Reihe>[] = [
    { key: 'titel', header: t('networks.series.col.titel'), isRowHeader: true, stackFull: true, render: (r) => r.titel },
    {
      key: 'regel',
      header: t('networks.series.col.regel'),
      stackFull: true,
      render: (r) => describeRule(r.regel, { time: formatLocalTime(r.beginn), durationMinutes: r.dauerMinuten }),
    },
    { key: 'beginn', header: t('networks.series.col.beginn'), stackLabel: true, stackFull: true, render: (r) => formatLocalDateTime(r.beginn) },
    {
      key: 'ort',
      header: t('networks.series.col.ort'),
      stackLabel: true,
      stackFull: true,
      render: (r) => [r.ort, r.onlineLink ? t('networks.meetings.online') : null].filter(Boolean).join(' · ') || <span className="app-muted">{t('common.notSet')}</span>,
    },
    { key: 'anzahl', header: t('networks.series.col.anzahl'), numeric: true, stackLabel: true, stackFull: true, render: (r) => r.treffenAnzahl },
  ];

  return (
    <Section title={t('networks.series.title')}>
      {mayPlan && (
        <div className="app-actions app-networks-panel-actions">
          <ButtonLink href={`/netzwerke/${encodeURIComponent(netzwerk.id)}/reihen/neu`} icon="add">
            {t('networks.series.create')}
          </ButtonLink>
        </div>
      )}
      {reihen.isError ? (
        <QueryError error={reihen.error} onRetry={() => void reihen.refetch()} />
      ) : reihen.isPending ? (
        <Loading />
      ) : (
        <StackedTable caption={t('networks.series.caption')} captionHidden columns={columns} rows={reihen.data.items} rowKey={(r) => r.id} emptyText={t('networks.series.empty')} minWidth="46rem" />
      )}
    </Section>
  );
}
