import './compare.css';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { BackLink } from '../../../components/BackLink.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { isApiError } from '../../../lib/api.js';
import { errorMessage, translateFieldMessage } from '../../../lib/errors.js';
import { useSzenarien, useVergleich, type Vergleich } from '../api.js';
import { formatMenge as mengeText, szenarioHref } from '../format.js';
import { useAllocationLabels } from '../labels.js';
import { formatCount } from './format.js';
import { formatIds, formatRef, parseIds, type CompareRef } from './ids.js';
import { LevelTable } from './LevelTable.js';
import { PerPupilChart } from './PerPupilChart.js';
import { ScenarioPicker } from './ScenarioPicker.js';
import { SchoolDiffTable, type SchoolTableState } from './SchoolDiffTable.js';
import { defaultDirection, hasDifference, parseSort, sortParam } from './schoolRows.js';
import { SeriesSwatch, seriesLetter } from './series.js';

const comparePath = '/ressourcen/vergleich';

/** The sentence for a comparison the server refused: its field message (bad ids) or its detail. */
function compareErrorText(error: unknown): string {
  if (isApiError(error) && error.status === 400 && error.problem?.errors?.[0]) return translateFieldMessage(error.problem.errors[0].message);
  return errorMessage(error);
}

/** Network trouble and server errors may pass; a refused comparison (4xx) needs another choice. */
const isRetryable = (error: unknown) => !isApiError(error) || error.status === 0 || error.status >= 500;

/** The compared scenarios side by side, each with its letter, line and marker of the chart. */
function ScenarioCards({ data, refs }: { data: Vergleich; refs: readonly CompareRef[] }) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const included = data.szenarien.map((_, i) => data.schulen.reduce((n, s) => n + (s.mengen[i] === null ? 0 : 1), 0));
  return (
    <ul className="app-cmp-cards" aria-label={t('allocationCompare.cardsLabel')}>
      {data.szenarien.map((s, i) => (
        <li key={`${s.id}-${i}`} className="app-cmp-card">
          <p className="app-cmp-card__letter">
            <SeriesSwatch index={i} />
            <span>{t('allocationCompare.cardLetter', { letter: seriesLetter(i) })}</span>
            {i === 0 && <span className="app-cmp-card__base">{t('allocationCompare.base')}</span>}
          </p>
          <h3 className="kern-heading-small app-cmp-card__title">
            <AppLink href={szenarioHref(s.id, refs[i]?.version)}>{s.name}</AppLink>
          </h3>
          <dl className="app-cmp-card__facts">
            <div>
              <dt>{t('allocationCompare.facts.scope')}</dt>
              <dd>{s.scopeName}</dd>
            </div>
            <div>
              <dt>{t('allocationCompare.facts.version')}</dt>
              <dd>{refs[i]?.version === null ? t('allocationCompare.facts.versionCurrent', { nummer: s.versionNummer }) : t('allocationCompare.facts.versionN', { nummer: s.versionNummer })}</dd>
            </div>
            <div>
              <dt>{t('allocationCompare.facts.summe')}</dt>
              <dd>{mengeText(s.summe, s.einheit)}</dd>
            </div>
            <div>
              <dt>{t('allocationCompare.facts.einheit')}</dt>
              <dd>{labels.einheit(s.einheit)}</dd>
            </div>
            <div>
              <dt>{t('allocationCompare.facts.verfahren')}</dt>
              <dd>{labels.verfahren(s.verfahren)}</dd>
            </div>
            <div>
              <dt>{t('allocationCompare.facts.schulen')}</dt>
              <dd>{formatCount(included[i]!)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

// The chart and the table of levels do not change while the school list is searched and sorted.
const Chart = memo(PerPupilChart);
const Levels = memo(LevelTable);

/** /ressourcen/vergleich?ids=a,b:2 — two to five scenarios side by side. */
export function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawIds = params.get('ids');
  const { refs, error: idsError } = useMemo(() => parseIds(rawIds), [rawIds]);
  const ids = useMemo(() => (refs.length >= 2 ? refs.map(formatRef) : []), [refs]);
  const szenarien = useSzenarien({ archiviert: 'alle' });
  const vergleich = useVergleich(ids);
  const data = vergleich.data;
  const k = data?.szenarien.length ?? 0;

  const sort = parseSort(params.get('sortierung'), k);
  const richtung = params.get('richtung');
  const tableState: SchoolTableState = {
    query: params.get('suche') ?? '',
    onlyChanged: params.get('nur') === 'geaendert',
    sort,
    direction: richtung === 'auf' ? 'asc' : richtung === 'ab' ? 'desc' : defaultDirection(sort),
    page: Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1),
  };

  const onTableChange = useCallback(
    (changes: Partial<SchoolTableState>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null) => (value === null || value === '' ? next.delete(key) : next.set(key, value));
          if (changes.query !== undefined) set('suche', changes.query);
          if (changes.onlyChanged !== undefined) set('nur', changes.onlyChanged ? 'geaendert' : null);
          if (changes.sort !== undefined) set('sortierung', changes.sort.kind === 'name' ? null : sortParam(changes.sort));
          if (changes.direction !== undefined) set('richtung', changes.direction === 'asc' ? 'auf' : 'ab');
          set('seite', changes.page && changes.page > 1 ? String(changes.page) : null);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const hrefForPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set('seite', String(page));
    else next.delete('seite');
    return `${comparePath}?${next.toString()}`;
  };

  const onCompare = (chosen: CompareRef[]) => setParams(new URLSearchParams({ ids: formatIds(chosen) }));

  const levelsTitle = t('allocationCompare.levels.title');
  const changed = useMemo(() => (data ? data.schulen.filter(hasDifference).length : 0), [data]);

  return (
    <>
      <BackLink href="/ressourcen">{t('allocationCompare.back')}</BackLink>
      <PageHeader title={t('allocationCompare.title')} lead={t('allocationCompare.lead')} />
      {szenarien.isError ? (
        <QueryError error={szenarien.error} onRetry={() => void szenarien.refetch()} />
      ) : szenarien.isPending ? (
        <Loading />
      ) : (
        <ScenarioPicker refs={refs} szenarien={szenarien.data.items} onCompare={onCompare} />
      )}

      {idsError ? (
        <Alert variant="danger" role="alert" title={t('allocationCompare.badIdsTitle')}>
          <p className="kern-body">{translateFieldMessage(idsError)}</p>
          <p className="kern-body">{t('allocationCompare.badIdsHint')}</p>
        </Alert>
      ) : ids.length < 2 ? (
        szenarien.isSuccess && <p className="kern-body app-cmp-prompt">{szenarien.data.items.length < 2 ? t('allocationCompare.tooFew') : t('allocationCompare.prompt')}</p>
      ) : vergleich.isError ? (
        <Alert variant="danger" role="alert" title={t('allocationCompare.errorTitle')}>
          <p className="kern-body">{compareErrorText(vergleich.error)}</p>
          {isRetryable(vergleich.error) ? (
            <div>
              <AppButton variant="secondary" onPress={() => void vergleich.refetch()}>
                {t('common.retry')}
              </AppButton>
            </div>
          ) : (
            <p className="kern-body">{t('allocationCompare.badIdsHint')}</p>
          )}
        </Alert>
      ) : !data ? (
        <Loading label={t('allocationCompare.loading')} />
      ) : (
        <>
          <Section title={t('allocationCompare.cardsTitle')}>
            <ScenarioCards data={data} refs={refs} />
            <p className="kern-body app-cmp-summary">
              {t('allocationCompare.summary', { count: data.schulen.length, schulen: formatCount(data.schulen.length), changed: formatCount(changed) })}
            </p>
          </Section>
          <Section title={t('allocationCompare.chart.title')}>
            <Chart data={data} tableTitle={levelsTitle} />
          </Section>
          <Section title={levelsTitle}>
            <p className="kern-body app-cmp-intro">{t('allocationCompare.levels.intro')}</p>
            <Levels data={data} title={levelsTitle} />
          </Section>
          <Section title={t('allocationCompare.schools.title')}>
            <SchoolDiffTable data={data} refs={refs} state={tableState} onChange={onTableChange} hrefForPage={hrefForPage} />
          </Section>
        </>
      )}
    </>
  );
}
