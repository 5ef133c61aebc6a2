import './analysis.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToggleButton } from 'react-aria-components';
import type { Netzwerk, NetzwerkKnoten, NetzwerkQuery } from '../../../../domain/mapping/analysis/contracts.js';
import { kreise, type Kreis } from '../../../../domain/mapping/vocabulary.js';
import { handlungsfeldSchema } from '../../../../domain/shared/vocabularies.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { SelectField } from '../../../components/SelectField.js';
import { useAkteurTypen, useNetzwerk, useRessourcen } from './api.js';
import { formatCount, formatNumber, formatPercent } from './format.js';
import { isId, useKommuneParam, usePendingValue } from './kommune.js';
import { NetworkGraph, kreisColours } from './NetworkGraph.js';
import { NetworkTable, networkRows, roleFilters, RoleText, type RoleFilter } from './NetworkTable.js';
import { AnalysisNav, analysisPaths, ChooseKommune, KommuneField, SharedOnlyNotice } from './parts.js';
import { handlungsfeldCodes } from './vocab.js';

const ALL = 'alle';
const NAMES_SHOWN = 12;

/** /akteure/netzwerk?kommune=… — the cooperation network as graph and as table. */
export function NetworkPage() {
  const { t } = useTranslation();
  const baseId = useId();
  const kommuneState = useKommuneParam();
  const { kommuneId, kommune, params, setParams } = kommuneState;

  const feld = handlungsfeldSchema.safeParse(params.get('feld'));
  const standort = params.get('standort');
  const filter: NetzwerkQuery = {
    standortId: isId(standort) ? standort : undefined,
    typ: params.get('art') || undefined,
    handlungsfeld: feld.success ? feld.data : undefined,
  };
  const [tableOnly, showTableOnly] = usePendingValue(params.get('ansicht') === 'tabelle');
  const role = (roleFilters as readonly string[]).includes(params.get('rolle') ?? '') ? (params.get('rolle') as RoleFilter) : 'alle';
  const page = Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1);

  const netzwerk = useNetzwerk(kommuneId, filter);
  const schools = useRessourcen(kommuneId);
  const typen = useAkteurTypen(kommuneId);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null || value === ALL) next.delete(key);
          else next.set(key, value);
          next.delete('seite');
          return next;
        },
        { replace: key === 'ansicht' },
      ),
    [setParams],
  );

  const kreisLabel = useCallback((k: Kreis) => t(`mappingAnalysis.kreise.${k}`), [t]);
  const rows = useMemo(() => (netzwerk.data ? networkRows(netzwerk.data) : []), [netzwerk.data]);
  const selected = selectedId ? rows.find((r) => r.id === selectedId) : undefined;

  const pageHref = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('seite', String(p));
    else next.delete('seite');
    return `${analysisPaths.netzwerk}?${next.toString()}`;
  };

  const data = netzwerk.data;
  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mappingAnalysis.netzwerk.title')}
        documentTitle={kommune ? t('mappingAnalysis.netzwerk.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mappingAnalysis.netzwerk.lead')}
      />
      <AnalysisNav kommuneId={kommuneId} />

      <div className="app-filter app-analysis-filter">
        <KommuneField id={`${baseId}-kommune`} state={kommuneState} />
        {kommuneId && (
          <>
            <SelectField
              id={`${baseId}-standort`}
              label={t('mappingAnalysis.netzwerk.standort')}
              value={filter.standortId ?? ALL}
              onChange={(v) => setParam('standort', v)}
              options={[{ id: ALL, label: t('mappingAnalysis.netzwerk.allStandorte') }, ...(schools.data?.zeilen ?? []).map((s) => ({ id: s.schuleId, label: s.name }))]}
            />
            <SelectField
              id={`${baseId}-art`}
              label={t('mappingAnalysis.netzwerk.art')}
              value={filter.typ ?? ALL}
              onChange={(v) => setParam('art', v)}
              options={[{ id: ALL, label: t('mappingAnalysis.netzwerk.allArten') }, ...(typen.data?.items ?? []).map((a) => ({ id: a.code, label: a.label }))]}
            />
            <SelectField
              id={`${baseId}-feld`}
              label={t('mappingAnalysis.netzwerk.handlungsfeld')}
              value={filter.handlungsfeld ?? ALL}
              onChange={(v) => setParam('feld', v)}
              options={[
                { id: ALL, label: t('mappingAnalysis.netzwerk.allHandlungsfelder') },
                ...handlungsfeldCodes.map((code) => ({ id: code, label: t(`mappingAnalysis.handlungsfelder.${code}`) })),
              ]}
            />
          </>
        )}
      </div>
      {kommuneId && <p className="kern-body kern-body--small app-muted app-analysis-note">{t('mappingAnalysis.netzwerk.filterNote')}</p>}

      {!kommuneId ? (
        kommuneState.kommunen.isSuccess && <ChooseKommune />
      ) : netzwerk.isError ? (
        <QueryError error={netzwerk.error} onRetry={() => void netzwerk.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <div aria-busy={netzwerk.isFetching || undefined}>
          <SharedOnlyNotice show={data.nurGeteilt} />
          <p className="kern-body app-analysis-summary" role="status">
            {[
              t('mappingAnalysis.netzwerk.countAkteure', { count: data.summary.akteure, formatted: formatCount(data.summary.akteure) }),
              t('mappingAnalysis.netzwerk.countKooperationen', { count: data.summary.kooperationen, formatted: formatCount(data.summary.kooperationen) }),
              t('mappingAnalysis.netzwerk.countBrokers', { count: data.summary.brokers, formatted: formatCount(data.summary.brokers) }),
              t('mappingAnalysis.netzwerk.countIsolated', { count: data.summary.isolated, formatted: formatCount(data.summary.isolated) }),
            ].join(' · ')}
          </p>

          <Highlights data={data} />

          <div className="app-analysis-toggle">
            <ToggleButton
              className="kern-btn kern-btn--secondary app-btn app-analysis-toggle__button"
              isSelected={tableOnly}
              onChange={(on) => {
                showTableOnly(on);
                setParam('ansicht', on ? 'tabelle' : null);
              }}
            >
              <span className="app-analysis-toggle__box" aria-hidden="true" />
              <span className="kern-label">{t('mappingAnalysis.netzwerk.asTable')}</span>
            </ToggleButton>
          </div>

          {!tableOnly && data.nodes.length > 0 && (
            <Section title={t('mappingAnalysis.netzwerk.graphTitle')} className="app-network-section">
              <p className="kern-body kern-body--small app-muted">{t('mappingAnalysis.netzwerk.graphNote')}</p>
              <div className="app-network-layout">
                <NetworkGraph data={data} selectedId={selectedId} onSelect={setSelectedId} />
                <Legend />
              </div>
              <div className="app-network-selected" aria-live="polite">
                {selected && (
                  <p className="kern-body">
                    <strong>{selected.name}</strong> ({selected.typLabel}, {kreisLabel(selected.kreis)}): <RoleText node={selected} />{' '}
                    {selected.partner.length ? t('mappingAnalysis.netzwerk.selectedPartners', { partners: selected.partner.join(', ') }) : t('mappingAnalysis.netzwerk.noPartner')}
                  </p>
                )}
              </div>
            </Section>
          )}

          <Section title={t('mappingAnalysis.netzwerk.tableTitle')}>
            <div className="app-filter app-analysis-filter app-analysis-filter--compact">
              <SelectField
                id={`${baseId}-rolle`}
                label={t('mappingAnalysis.netzwerk.roleFilter')}
                value={role}
                onChange={(v) => setParam('rolle', v)}
                options={roleFilters.map((r) => ({ id: r, label: t(`mappingAnalysis.netzwerk.roleFilters.${r}`) }))}
              />
            </div>
            <NetworkTable rows={rows} role={role} page={page} hrefFor={pageHref} kreisLabel={kreisLabel} />
          </Section>

          <Section title={t('mappingAnalysis.netzwerk.definitions')}>
            <ul className="kern-list app-analysis-definitions">
              <li className="kern-body">{t('mappingAnalysis.netzwerk.defBroker', { percent: formatPercent(data.brokerSchwelle), threshold: formatNumber(data.brokerSchwelle) })}</li>
              <li className="kern-body">{t('mappingAnalysis.netzwerk.defIsolated')}</li>
              <li className="kern-body">{t('mappingAnalysis.netzwerk.defBetweenness')}</li>
              <li className="kern-body">{t('mappingAnalysis.netzwerk.defLayout')}</li>
            </ul>
          </Section>
        </div>
      )}
    </>
  );
}

/** Names of brokers and isolated actors in words (the graph marks them by shape as well). */
function Highlights({ data }: { data: Netzwerk }) {
  const { t } = useTranslation();
  const list = (nodes: NetzwerkKnoten[]) => {
    if (!nodes.length) return t('mappingAnalysis.netzwerk.none');
    const names = nodes.slice(0, NAMES_SHOWN).map((n) => n.name);
    const more = nodes.length - names.length;
    return more > 0 ? `${names.join(', ')} ${t('mappingAnalysis.netzwerk.andMore', { count: more, formatted: formatCount(more) })}` : names.join(', ');
  };
  const byName = (a: NetzwerkKnoten, b: NetzwerkKnoten) => a.name.localeCompare(b.name, 'de');
  const brokers = data.nodes.filter((n) => n.broker).sort((a, b) => b.betweenness - a.betweenness || byName(a, b));
  const isolated = data.nodes.filter((n) => n.isolated).sort(byName);
  return (
    <dl className="app-analysis-highlights">
      <div className="app-analysis-highlights__item">
        <dt className="kern-body kern-body--bold">{t('mappingAnalysis.netzwerk.brokersTitle')}</dt>
        <dd className="kern-body">{list(brokers)}</dd>
      </div>
      <div className="app-analysis-highlights__item">
        <dt className="kern-body kern-body--bold">{t('mappingAnalysis.netzwerk.isolatedTitle')}</dt>
        <dd className="kern-body">{list(isolated)}</dd>
      </div>
    </dl>
  );
}

function Swatch({ shape, colour = '#ffffff' }: { shape: 'broker' | 'isolated' | 'node' | 'edge'; colour?: string }) {
  const ink = '#131525';
  return (
    <svg className="app-legend__swatch" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      {shape === 'broker' && <polygon points="14,2 26,14 14,26 2,14" fill={colour} stroke={ink} strokeWidth="3" />}
      {shape === 'isolated' && <rect x="5" y="5" width="18" height="18" fill={colour} stroke={ink} strokeWidth="2.5" strokeDasharray="4 2" />}
      {shape === 'node' && <circle cx="14" cy="14" r="8" fill={colour} stroke={ink} strokeWidth="1" />}
      {shape === 'edge' && <line x1="2" y1="14" x2="26" y2="14" stroke="#8a90a8" strokeWidth="2" />}
    </svg>
  );
}

/** The visible legend of the graph: shapes first (they carry the meaning), then the circle colours. */
function Legend() {
  const { t } = useTranslation();
  return (
    <div className="app-legend">
      <h3 className="kern-title app-legend__title">{t('mappingAnalysis.netzwerk.legend')}</h3>
      <ul className="app-legend__list">
        <li className="app-legend__item">
          <Swatch shape="broker" colour="#d8dcea" />
          <span className="kern-body kern-body--small">{t('mappingAnalysis.netzwerk.legendBroker')}</span>
        </li>
        <li className="app-legend__item">
          <Swatch shape="isolated" colour="#d8dcea" />
          <span className="kern-body kern-body--small">{t('mappingAnalysis.netzwerk.legendIsolated')}</span>
        </li>
        <li className="app-legend__item">
          <Swatch shape="node" colour="#d8dcea" />
          <span className="kern-body kern-body--small">{t('mappingAnalysis.netzwerk.legendOther')}</span>
        </li>
        <li className="app-legend__item">
          <Swatch shape="edge" />
          <span className="kern-body kern-body--small">{t('mappingAnalysis.netzwerk.legendEdge')}</span>
        </li>
        {(Object.keys(kreise) as Kreis[]).map((k) => (
          <li key={k} className="app-legend__item">
            <Swatch shape="node" colour={kreisColours[k]} />
            <span className="kern-body kern-body--small">{t('mappingAnalysis.netzwerk.legendKreis', { kreis: t(`mappingAnalysis.kreise.${k}`) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
