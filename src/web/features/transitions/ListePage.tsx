import './transitions.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { listenArten, type ListenArt } from '../../../domain/transitions/round-contracts.js';
import { Alert } from '../../components/Alert.js';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { formatDateTime } from '../../lib/format.js';
import { useEigeneListe, useRunde, type Runde } from './api.js';
import { formatDay } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { EintraegeTable } from './list/EintraegeTable.js';
import { UploadForm } from './list/UploadForm.js';
import { isNoAccess, NoAccess } from './parts.js';
import { rundeHref } from './paths.js';

const isArt = (value: string | undefined): value is ListenArt => (listenArten as readonly string[]).includes(value ?? '');

/** /uebergaenge/:id/listen/:schuleId/:art — a school's own list: upload and the entries with their status. */
export function ListePage() {
  const { id = '', schuleId = '', art } = useParams();
  const runde = useRunde(id);
  if (!isArt(art)) return <NoAccess error={null} rundeId={id} />;
  if (runde.isError && isNoAccess(runde.error)) return <NoAccess error={runde.error} rundeId={id} />;
  return <ListeContent rundeId={id} schuleId={schuleId} art={art} runde={runde.data} error={runde.error} retry={() => void runde.refetch()} />;
}

function ListeContent({ rundeId, schuleId, art, runde, error, retry }: { rundeId: string; schuleId: string; art: ListenArt; runde: Runde | undefined; error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const geloescht = runde?.status === 'geloescht';
  // Once the personal data are deleted, there is no list to ask for.
  const liste = useEigeneListe(rundeId, schuleId, art, runde !== undefined && !geloescht);
  const eigene = runde?.rechte.listen.some((l) => l.schuleId === schuleId && l.art === art) ?? false;
  const schuleName = liste.data?.schule.name ?? runde?.schulen.find((s) => s.id === schuleId)?.name ?? '';
  const title = t('transitions.list.title', { art: labels.listenArt(art), schule: schuleName });

  if (liste.isError && isNoAccess(liste.error)) return <NoAccess error={liste.error} rundeId={rundeId} />;
  return (
    <>
      <BackLink href={rundeHref(rundeId)}>{runde ? t('transitions.backToRoundNamed', { name: runde.bezeichnung }) : t('transitions.toRound')}</BackLink>
      <PageHeader preline={runde?.bezeichnung} title={schuleName ? title : labels.listenArt(art)} />
      {error ? (
        <QueryError error={error} onRetry={retry} />
      ) : !runde ? (
        <Loading />
      ) : geloescht ? (
        <Alert variant="info" title={t('transitions.list.geloeschtTitle')}>
          <p className="kern-body">{t('transitions.list.geloeschtText', { date: formatDay(runde.loeschungAm) })}</p>
        </Alert>
      ) : (
        <>
          {runde.status === 'offen' && eigene ? (
            <Section title={t('transitions.list.uploadTitle')}>
              <p className="kern-body app-trans-text">{t('transitions.list.frist', { date: formatDay(runde.frist) })}</p>
              <UploadForm rundeId={rundeId} schuleId={schuleId} art={art} vorhanden={Boolean(liste.data?.hochgeladenAm)} />
            </Section>
          ) : (
            runde.status !== 'offen' && <Alert variant="info" title={t('transitions.list.closed', { date: formatDay(runde.loeschungAm) })} />
          )}
          <Section title={t('transitions.list.entriesTitle')}>
            {liste.isError ? (
              <QueryError error={liste.error} onRetry={() => void liste.refetch()} />
            ) : liste.isPending ? (
              <Loading />
            ) : (
              <>
                <p className="kern-body app-trans-text">
                  {liste.data.hochgeladenAm ? t('transitions.list.uploadedAt', { date: formatDateTime(liste.data.hochgeladenAm) }) : t('transitions.list.notUploaded')}
                </p>
                {liste.data.hochgeladenAm && <EintraegeTable liste={liste.data} />}
              </>
            )}
          </Section>
        </>
      )}
    </>
  );
}
