import '../../styles/directory.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.js';
import { Icon } from '../../components/Icon.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { useCurrentSession } from '../identity/session.js';
import { useKommune } from './api.js';
import { Attribution } from './Badges.js';
import { listHref } from './filters.js';
import { formatCount } from './format.js';
import { canManageSozialraeume } from './permissions.js';
import { BackToList, Figures } from './parts.js';
import { Sozialraeume } from './Sozialraeume.js';

/** /verzeichnis/kommunen/:id — a Kommune: key figures, its Sozialräume, links into the school list. */
export function KommunePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const kommune = useKommune(id);

  if (kommune.isPending) {
    return (
      <>
        <BackToList />
        <PageHeader title={t('directory.kommuneTitle')} />
        <Loading />
      </>
    );
  }
  if (kommune.isError) {
    const notFound = isApiError(kommune.error) && (kommune.error.status === 404 || kommune.error.status === 400);
    return (
      <>
        <BackToList />
        <PageHeader title={notFound ? t('directory.kommuneNotFound') : t('directory.kommuneTitle')} />
        {!notFound && <QueryError error={kommune.error} onRetry={() => void kommune.refetch()} />}
      </>
    );
  }

  const k = kommune.data;
  const canManage = canManageSozialraeume(session, k);
  return (
    <>
      <BackToList />
      <PageHeader
        preline={t(`directory.arten.${k.art}`)}
        title={k.name}
        documentTitle={t('directory.kommuneDocumentTitle', { name: k.name })}
        lead={t('directory.kommuneLead')}
      />
      <Section title={t('directory.figures')}>
        <Figures
          rows={[
            [t('directory.ags'), <span className="app-code">{k.ags}</span>],
            [t('directory.art'), t(`directory.arten.${k.art}`)],
            [t('directory.colSchulen'), formatCount(k.schulen)],
            [t('directory.colSchueler'), formatCount(k.schueler)],
            [t('directory.mitSozialindex'), formatCount(k.mitSozialindex)],
            [t('directory.startchancenSchulen'), formatCount(k.startchancenSchulen)],
          ]}
        />
        <p className="kern-body app-kommune-link">
          <AppLink href={listHref({ kommuneId: k.id })}>
            {t('directory.allSchoolsOfKommune')}
            <Icon name="arrow-forward" />
          </AppLink>
        </p>
      </Section>
      <Section title={t('directory.sozialraeume')}>
        <p className="kern-body app-section__lead">{canManage ? t('directory.sozialraeumeLeadManage') : t('directory.sozialraeumeLead')}</p>
        <Sozialraeume kommune={k} canManage={canManage} />
      </Section>
      <Attribution text={k.attribution} />
    </>
  );
}
