import './transfer.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Pagination } from '../../components/Pagination.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { useKommunen } from '../directory/api.js';
import { KommuneComboBox } from '../directory/KommuneComboBox.js';
import { useCurrentSession } from '../identity/session.js';
import { useLernnetzwerke, usePraxisSuche, type PraxisKopf, type PraxisSuche } from './api.js';
import { isAltersphase, isHandlungsfeld, useTransferLabels, vocab } from './labels.js';
import { ButtonLink, excerpt } from './parts.js';
import { praxisHref, praxisNewHref, transferHome } from './paths.js';
import { mayManage } from './permissions.js';

const PAGE_SIZE = 10;
const ALLE = 'alle';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Filter {
  q: string;
  feld: string | null;
  phase: string | null;
  kommune: string | null;
  netzwerk: string | null;
}

function filterOf(params: URLSearchParams): Filter {
  const id = (key: string) => {
    const v = params.get(key);
    return v && uuid.test(v) ? v : null;
  };
  const feld = params.get('feld');
  const phase = params.get('phase');
  return { q: params.get('q') ?? '', feld: isHandlungsfeld(feld) ? feld : null, phase: isAltersphase(phase) ? phase : null, kommune: id('kommune'), netzwerk: id('netzwerk') };
}

function paramsOf(filter: Filter, page = 1): URLSearchParams {
  const next = new URLSearchParams();
  if (filter.q.trim()) next.set('q', filter.q.trim());
  if (filter.feld) next.set('feld', filter.feld);
  if (filter.phase) next.set('phase', filter.phase);
  if (filter.kommune) next.set('kommune', filter.kommune);
  if (filter.netzwerk) next.set('netzwerk', filter.netzwerk);
  if (page > 1) next.set('seite', String(page));
  return next;
}

/** /lernnetzwerk/praxis — the library: German full-text search with filters, page by page. */
export function PraxisListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const applied = filterOf(params);
  const page = Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1);
  const query: PraxisSuche = {
    q: applied.q.trim() || undefined,
    handlungsfeld: isHandlungsfeld(applied.feld) ? applied.feld : undefined,
    altersphase: isAltersphase(applied.phase) ? applied.phase : undefined,
    kommuneId: applied.kommune ?? undefined,
    netzwerkId: applied.netzwerk ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const suche = usePraxisSuche(query);
  const filtered = Boolean(query.q || query.handlungsfeld || query.altersphase || query.kommuneId || query.netzwerkId);

  return (
    <>
      <BackLink href={transferHome}>{t('transfer.backToStart')}</BackLink>
      <PageHeader
        title={t('transfer.library.title')}
        lead={t('transfer.library.lead')}
        actions={
          mayManage(session) ? (
            <ButtonLink href={praxisNewHref()} icon="add">
              {t('transfer.start.praxisNew')}
            </ButtonLink>
          ) : undefined
        }
      />
      {/* A new address (a link, the back button) starts the form from it. */}
      <SearchForm key={params.toString()} initial={applied} onApply={(filter) => setParams(paramsOf(filter))} />
      <p className="kern-body app-lern-summary" role="status">
        {suche.data ? (filtered ? t('transfer.library.found', { count: suche.data.total }) : t('transfer.library.all', { count: suche.data.total })) : ''}
      </p>
      {suche.isError ? (
        <QueryError error={suche.error} onRetry={() => void suche.refetch()} />
      ) : !suche.data ? (
        <Loading />
      ) : suche.data.items.length === 0 ? (
        <p className="kern-body">{filtered ? t('transfer.library.noneFiltered') : t('transfer.library.none')}</p>
      ) : (
        <div aria-busy={suche.isFetching || undefined}>
          <ul className="app-lern-results" aria-label={t('transfer.library.resultsLabel')}>
            {suche.data.items.map((p) => (
              <PraxisResult key={p.id} praxis={p} />
            ))}
          </ul>
          <Pagination page={suche.data.page} pageSize={suche.data.pageSize} total={suche.data.total} hrefFor={(n) => `?${paramsOf(applied, n).toString()}`} what={t('transfer.library.resultsLabel')} />
        </div>
      )}
    </>
  );
}

function PraxisResult({ praxis }: { praxis: PraxisKopf }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  return (
    <li className="app-lern-result">
      <h2 className="kern-heading-small app-lern-result__title">
        <AppLink href={praxisHref(praxis.id)}>{praxis.titel}</AppLink>
      </h2>
      <p className="kern-body app-lern-result__meta">
        {praxis.kommune.name}
        {praxis.seit !== null && <> · {t('transfer.praxis.seitValue', { year: praxis.seit })}</>}
      </p>
      <p className="kern-body app-lern-result__tags">
        <span className="kern-sr-only">{t('transfer.praxis.handlungsfelder')}: </span>
        {praxis.handlungsfelder.map(labels.handlungsfeld).join(', ')}
        <span aria-hidden="true"> · </span>
        <span className="kern-sr-only">; {t('transfer.praxis.altersphasen')}: </span>
        {praxis.altersphasen.map(labels.altersphase).join(', ')}
      </p>
      <p className="kern-body app-lern-result__text">{excerpt(praxis.beschreibung, 260)}</p>
    </li>
  );
}

function SearchForm({ initial, onApply }: { initial: Filter; onApply: (filter: Filter) => void }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const kommunen = useKommunen();
  const netzwerke = useLernnetzwerke();
  const [filter, setFilter] = useState<Filter>(initial);
  const change = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }));
  const lernnetzwerke = netzwerke.data?.items ?? [];
  // A network in the address that is not among the caller's networks still filters; it keeps a name.
  const networkOptions = [{ id: ALLE, label: t('transfer.library.alleNetzwerke') }, ...lernnetzwerke.map((n) => ({ id: n.id, label: n.name }))];
  if (filter.netzwerk && !lernnetzwerke.some((n) => n.id === filter.netzwerk)) networkOptions.push({ id: filter.netzwerk, label: t('transfer.library.chosenNetwork') });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(filter);
  }

  return (
    <Form onSubmit={onSubmit} role="search" aria-label={t('transfer.library.searchLabel')} className="app-filter app-lern-search">
      <FormField id="praxis-q" type="search" label={t('transfer.library.q')} hint={t('transfer.library.qHint')} value={filter.q} onChange={(q) => change({ q })} width="full" />
      <SelectField
        id="praxis-feld"
        label={t('transfer.library.handlungsfeld')}
        options={[{ id: ALLE, label: t('transfer.library.alleFelder') }, ...vocab.handlungsfelder.map((f) => ({ id: f, label: labels.handlungsfeld(f) }))]}
        value={filter.feld ?? ALLE}
        onChange={(v) => change({ feld: v === ALLE ? null : v })}
      />
      <SelectField
        id="praxis-phase"
        label={t('transfer.library.altersphase')}
        options={[{ id: ALLE, label: t('transfer.library.allePhasen') }, ...vocab.altersphasen.map((a) => ({ id: a, label: labels.altersphaseMitAlter(a) }))]}
        value={filter.phase ?? ALLE}
        onChange={(v) => change({ phase: v === ALLE ? null : v })}
      />
      <KommuneComboBox id="praxis-kommune" label={t('transfer.library.kommune')} kommunen={kommunen.data?.items ?? []} value={filter.kommune} onChange={(kommune) => change({ kommune })} />
      {networkOptions.length > 1 && <SelectField id="praxis-netzwerk" label={t('transfer.library.netzwerk')} options={networkOptions} value={filter.netzwerk ?? ALLE} onChange={(v) => change({ netzwerk: v === ALLE ? null : v })} />}
      <div className="app-actions app-lern-search__actions">
        <AppButton type="submit" icon="search">
          {t('transfer.library.submit')}
        </AppButton>
        <AppButton variant="secondary" onPress={() => onApply({ q: '', feld: null, phase: null, kommune: null, netzwerk: null })}>
          {t('transfer.library.reset')}
        </AppButton>
      </div>
    </Form>
  );
}
