import './allocation.css';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useSchulErklaerung } from './api.js';
import { szenarioHref } from './format.js';
import { isNotFound } from './parts.js';
import { ExplanationView } from './parts/ExplanationView.js';

/** /ressourcen/szenarien/:id/schulen/:schuleId(?version=N) — why one school gets what it gets. */
export function SchuleErklaerungPage() {
  const { t } = useTranslation();
  const { id = '', schuleId = '' } = useParams();
  const [params] = useSearchParams();
  const n = Number(params.get('version'));
  const version = Number.isInteger(n) && n > 0 ? n : null;
  const erklaerung = useSchulErklaerung(id, schuleId, version);
  const back = (
    <BackLink href={szenarioHref(id, version)}>{erklaerung.data ? t('allocation.explain.back', { name: erklaerung.data.szenario.name }) : t('allocation.backToScenario')}</BackLink>
  );

  if (erklaerung.isPending) {
    return (
      <>
        {back}
        <PageHeader title={t('allocation.explain.title')} />
        <Loading />
      </>
    );
  }
  if (erklaerung.isError) {
    return (
      <>
        {back}
        <PageHeader title={t('allocation.explain.title')} lead={isNotFound(erklaerung.error) ? t('allocation.explain.notFound') : undefined} />
        {!isNotFound(erklaerung.error) && <QueryError error={erklaerung.error} onRetry={() => void erklaerung.refetch()} />}
      </>
    );
  }
  const data = erklaerung.data;
  return (
    <>
      {back}
      <PageHeader
        preline={t('allocation.explain.preline', { szenario: data.szenario.name, version: data.szenario.versionNummer })}
        title={data.schule.name}
        documentTitle={t('allocation.explain.documentTitle', { schule: data.schule.name, szenario: data.szenario.name })}
      />
      <ExplanationView erklaerung={data} />
    </>
  );
}
