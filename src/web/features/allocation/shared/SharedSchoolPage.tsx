import './shared.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/Alert.js';
import { BackLink } from '../../../components/BackLink.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { errorMessage } from '../../../lib/errors.js';
import { useGeteilt, useGeteilteSchule } from '../api.js';
import { ExplanationView } from '../parts/ExplanationView.js';
import { Attribution, isGone, LinkGone, sharedHref } from './SharedScenarioPage.js';

/**
 * /verteilung/geteilt/:token/schulen/:schuleId — why one school gets what it gets in the shared
 * scenario, without an account.
 */
export function SharedSchoolPage() {
  const { t } = useTranslation();
  const { token = '', schuleId = '' } = useParams();
  // The scenario itself gives the back link its name and the data source; after the list it is cached.
  const geteilt = useGeteilt(token);
  const schule = useGeteilteSchule(token, schuleId);

  if (isGone(geteilt.error)) return <LinkGone />;
  const back = <BackLink href={sharedHref(token)}>{geteilt.data ? t('allocationCompare.shared.backTo', { name: geteilt.data.szenario.name }) : t('allocationCompare.shared.back')}</BackLink>;
  // A 404 of the school may mean the whole link is gone: the scenario's answer tells.
  if (schule.isPending || (isGone(schule.error) && geteilt.isPending)) return <Loading />;
  if (schule.isError) {
    return (
      <>
        {back}
        <PageHeader title={t('allocationCompare.shared.schoolTitle')} />
        {isGone(schule.error) ? (
          <Alert variant="warning" role="alert" title={t('allocationCompare.shared.schoolGone')}>
            <p className="kern-body">{errorMessage(schule.error)}</p>
          </Alert>
        ) : (
          <QueryError error={schule.error} onRetry={() => void schule.refetch()} />
        )}
      </>
    );
  }

  const erklaerung = schule.data;
  return (
    <>
      {back}
      <PageHeader
        preline={t('allocationCompare.shared.schoolPreline', { name: erklaerung.szenario.name })}
        title={erklaerung.schule.name}
        documentTitle={t('allocationCompare.shared.schoolDocumentTitle', { schule: erklaerung.schule.name, name: erklaerung.szenario.name })}
      />
      <ExplanationView erklaerung={erklaerung} />
      {geteilt.data && <Attribution text={geteilt.data.attribution} />}
    </>
  );
}
