import './transitions.css';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { fallArten, fallStatus, type FallArt, type FallListQuery } from '../../../domain/transitions/round-contracts.js';
import { Alert } from '../../components/Alert.js';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { useFaelle, useRunde } from './api.js';
import { FaelleTable } from './cases/FaelleTable.js';
import { formatCount, formatDay } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { isNoAccess, NoAccess } from './parts.js';
import { rundeHref } from './paths.js';

const ALLE = 'alle';
type StatusFilter = NonNullable<FallListQuery['status']>;
const statusFilter = (value: string | null): StatusFilter => ((fallStatus as readonly string[]).includes(value ?? '') || value === ALLE ? (value as StatusFilter) : 'offen');

/** /uebergaenge/:id/faelle — the cases of a round, filtered by status, kind and school (filters stay in the address). */
export function FaellePage() {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const runde = useRunde(id);
  const geloescht = runde.data?.status === 'geloescht';
  const status = statusFilter(params.get('status'));
  const art = (fallArten as readonly string[]).includes(params.get('art') ?? '') ? (params.get('art') as FallArt) : undefined;
  const schuleId = runde.data?.schulen.some((s) => s.id === params.get('schule')) ? params.get('schule')! : undefined;
  const faelle = useFaelle(id, { status, art, schuleId }, runde.isSuccess && !geloescht);

  const error = runde.error ?? faelle.error;
  if (error && isNoAccess(error)) return <NoAccess error={error} rundeId={id} />;

  function setParam(key: string, value: string | null, fallback: string) {
    const next = new URLSearchParams(params);
    if (value === null || value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  const schulen = [...(runde.data?.schulen ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  return (
    <>
      <BackLink href={rundeHref(id)}>{runde.data ? t('transitions.backToRoundNamed', { name: runde.data.bezeichnung }) : t('transitions.toRound')}</BackLink>
      <PageHeader preline={runde.data?.bezeichnung} title={t('transitions.cases.title')} lead={t('transitions.cases.lead')} />
      {geloescht ? (
        <Alert variant="info" title={t('transitions.list.geloeschtTitle')}>
          <p className="kern-body">{t('transitions.cases.geloeschtText', { date: formatDay(runde.data?.loeschungAm) })}</p>
        </Alert>
      ) : (
        <>
          <div className="app-filter">
            <SelectField
              id="faelle-status"
              label={t('transitions.cases.filterStatus')}
              options={[...fallStatus.map((s) => ({ id: s, label: labels.fallStatus(s) })), { id: ALLE, label: t('transitions.cases.alle') }]}
              value={status}
              onChange={(value) => setParam('status', value, 'offen')}
            />
            <SelectField
              id="faelle-art"
              label={t('transitions.cases.filterArt')}
              options={[{ id: ALLE, label: t('transitions.cases.alleArten') }, ...fallArten.map((a) => ({ id: a, label: labels.fallArt(a) }))]}
              value={art ?? ALLE}
              onChange={(value) => setParam('art', value, ALLE)}
            />
            <SelectField
              id="faelle-schule"
              label={t('transitions.cases.filterSchule')}
              options={[{ id: ALLE, label: t('transitions.cases.alleSchulen') }, ...schulen.map((s) => ({ id: s.id, label: s.name }))]}
              value={schuleId ?? ALLE}
              onChange={(value) => setParam('schule', value, ALLE)}
            />
          </div>
          <p className="kern-body app-trans-count" role="status">
            {faelle.data ? t('transitions.cases.count', { count: faelle.data.items.length, formatted: formatCount(faelle.data.items.length) }) : ''}
          </p>
          {error ? (
            <QueryError error={error} onRetry={() => void (runde.isError ? runde.refetch() : faelle.refetch())} />
          ) : !faelle.data ? (
            <Loading />
          ) : (
            <FaelleTable rundeId={id} faelle={faelle.data.items} caption={t('transitions.cases.caption')} captionHidden emptyText={t('transitions.cases.empty')} />
          )}
        </>
      )}
    </>
  );
}
