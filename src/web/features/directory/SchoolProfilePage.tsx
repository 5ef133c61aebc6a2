import '../../styles/directory.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Schule } from '../../../domain/directory/contracts.js';
import { AppLink } from '../../components/AppLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { useCurrentSession } from '../identity/session.js';
import { useKommune, useSchool, type KommuneDetail } from './api.js';
import { AssignSozialraumForm } from './AssignSozialraumForm.js';
import { Attribution, SozialindexBadge, StartchancenBadge } from './Badges.js';
import { kommuneHref, listHref } from './filters.js';
import { BackToList, Figures } from './parts.js';
import { formatCoordinates, formatCount } from './format.js';
import { canManageSozialraeume } from './permissions.js';
import { SiteMappingSections } from './SiteMappingSlot.js';

function address(schule: Schule): string | null {
  const place = [schule.plz, schule.ort].filter(Boolean).join(' ');
  const parts = [schule.strasse, place].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function SchoolFigures({ schule }: { schule: Schule }) {
  const { t } = useTranslation();
  const none = <span className="app-muted">{t('directory.unknown')}</span>;
  const rows: Array<[string, ReactNode]> = [
    [t('directory.schulform'), schule.schulform],
    [t('directory.colSchulnummer'), <span className="app-code">{schule.schulnummer}</span>],
    [t('directory.address'), address(schule) ?? none],
    [t('directory.colSchueler'), schule.schueler === null ? none : formatCount(schule.schueler)],
    [
      t('directory.colSozialindex'),
      <>
        <SozialindexBadge value={schule.sozialindex} />
        {schule.sozialindex === null && <span className="kern-body--small app-muted"> {t('directory.noIndexExplained')}</span>}
      </>,
    ],
    [t('directory.startchancenSchule'), schule.startchancen ? <StartchancenBadge /> : t('common.no')],
    [t('directory.kommune'), <AppLink href={kommuneHref(schule.kommuneId)}>{schule.kommuneName}</AppLink>],
    [
      t('directory.sozialraum'),
      schule.sozialraumId ? (
        <AppLink href={listHref({ kommuneId: schule.kommuneId, sozialraumId: schule.sozialraumId })}>{schule.sozialraumName}</AppLink>
      ) : (
        <span className="app-muted">{t('directory.noSozialraum')}</span>
      ),
    ],
    [t('directory.rechtsstatus'), t(`directory.rechtsstatusValues.${schule.rechtsstatus}`)],
    [t('directory.schuljahr'), schule.schuljahr],
    [t('directory.coordinates'), schule.lat !== null && schule.lon !== null ? formatCoordinates(schule.lat, schule.lon) : none],
  ];
  if (schule.zusatz) rows.splice(1, 0, [t('directory.zusatz'), schule.zusatz]);
  return <Figures rows={rows} />;
}

function SozialraumSection({ schule, kommune }: { schule: Schule; kommune: KommuneDetail | undefined }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canManage = kommune ? canManageSozialraeume(session, kommune) : false;
  return (
    <Section title={t('directory.sozialraum')}>
      <p className="kern-body">
        {schule.sozialraumName ? t('directory.currentSozialraum', { name: schule.sozialraumName }) : t('directory.noSozialraumYet')}
      </p>
      {kommune && canManage && kommune.sozialraeume.length > 0 && <AssignSozialraumForm schule={schule} kommune={kommune} />}
      {kommune && kommune.sozialraeume.length === 0 && (
        <p className="kern-body">
          {t('directory.noSozialraeumeIn', { name: kommune.name })}{' '}
          {canManage && <AppLink href={kommuneHref(kommune.id)}>{t('directory.createSozialraumLink')}</AppLink>}
        </p>
      )}
    </Section>
  );
}

/** /verzeichnis/schulen/:id — Standortprofil: figures, Sozialraum, and the mapping module's sections. */
export function SchoolProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const school = useSchool(id);
  const kommune = useKommune(school.data?.kommuneId);

  if (school.isPending) {
    return (
      <>
        <BackToList />
        <PageHeader title={t('directory.profileTitle')} />
        <Loading />
      </>
    );
  }
  if (school.isError) {
    const notFound = isApiError(school.error) && (school.error.status === 404 || school.error.status === 400);
    return (
      <>
        <BackToList />
        <PageHeader title={notFound ? t('directory.schoolNotFound') : t('directory.profileTitle')} />
        {!notFound && <QueryError error={school.error} onRetry={() => void school.refetch()} />}
      </>
    );
  }

  const schule = school.data;
  return (
    <>
      <BackToList />
      <PageHeader
        preline={t('directory.profileTitle')}
        title={schule.name}
        documentTitle={t('directory.profileDocumentTitle', { name: schule.name })}
        lead={t('directory.profileLead', { schulform: schule.schulform, kommune: schule.kommuneName })}
      />
      <div className="app-columns app-profile-columns">
        <Section title={t('directory.figures')}>
          <SchoolFigures schule={schule} />
        </Section>
        <SozialraumSection schule={schule} kommune={kommune.data} />
      </div>
      <SiteMappingSections schule={schule} />
      <Attribution text={kommune.data?.attribution} />
    </>
  );
}
