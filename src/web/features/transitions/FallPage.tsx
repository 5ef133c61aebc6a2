import './transitions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { Section } from '../../components/Section.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDateTime } from '../../lib/format.js';
import { useFall, useFallAktion, useReloadFall, useRunde, type FallDetail } from './api.js';
import { ConflictNotice } from './cases/ConflictNotice.js';
import { ErledigenForm } from './cases/ErledigenForm.js';
import { FallEintraege } from './cases/FallEintraege.js';
import { KommentareSection } from './cases/KommentareSection.js';
import { ZuweisungForm } from './cases/ZuweisungForm.js';
import { formatDay } from './format.js';
import { useTransitionsLabels } from './labels.js';
import { actionMessage, isConflict, isNoAccess, NoAccess } from './parts.js';
import { faelleHref } from './paths.js';
import { FallStatusBadge } from './StatusBadges.js';

/** /uebergaenge/:id/faelle/:fallId — a case: what is wrong, the entries, assignment, comments, resolving. */
export function FallPage() {
  const { t } = useTranslation();
  const { id = '', fallId = '' } = useParams();
  const runde = useRunde(id);
  const geloescht = runde.data?.status === 'geloescht';
  const fall = useFall(id, fallId);
  const error = runde.error ?? (geloescht ? null : fall.error);
  if (error && isNoAccess(error)) return <NoAccess error={error} rundeId={id} />;
  return (
    <>
      <BackLink href={faelleHref(id)}>{t('transitions.case.backToCases')}</BackLink>
      {geloescht ? (
        <>
          <PageHeader preline={runde.data?.bezeichnung} title={t('transitions.case.title')} />
          <Alert variant="info" title={t('transitions.list.geloeschtTitle')}>
            <p className="kern-body">{t('transitions.cases.geloeschtText', { date: formatDay(runde.data?.loeschungAm) })}</p>
          </Alert>
        </>
      ) : error ? (
        <>
          <PageHeader title={t('transitions.case.title')} />
          <QueryError error={error} onRetry={() => void (runde.isError ? runde.refetch() : fall.refetch())} />
        </>
      ) : !fall.data || !runde.data ? (
        <>
          <PageHeader title={t('transitions.case.title')} />
          <Loading />
        </>
      ) : (
        <FallView key={fall.data.id} rundeId={id} rundeName={runde.data.bezeichnung} rundeOffen={runde.data.status === 'offen'} fall={fall.data} />
      )}
    </>
  );
}

function FallView({ rundeId, rundeName, rundeOffen, fall }: { rundeId: string; rundeName: string; rundeOffen: boolean; fall: FallDetail }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const [message, setMessage] = useState<string | null>(null);
  const offen = fall.status === 'offen';
  const done = (text: string) => setMessage(text);

  return (
    <>
      <PageHeader preline={rundeName} title={t('transitions.case.titleArt', { art: labels.fallArt(fall.art) })} lead={labels.fallArtText(fall.art)} />
      <StatusMessage message={message} />
      <DetailList
        className="app-facts app-trans-facts"
        rows={[
          [t('transitions.case.status'), <FallStatusBadge key="status" status={fall.status} />],
          [t('transitions.case.erstellt'), formatDateTime(fall.erstelltAm)],
          [t('transitions.case.zugewiesen'), fall.zugewiesen?.name ?? t('transitions.case.niemand')],
          ...(fall.status === 'erledigt'
            ? ([
                [t('transitions.case.grund'), fall.grund ? labels.grund(fall.grund) : null],
                [t('transitions.case.notiz'), fall.notiz],
                [t('transitions.case.erledigtAm'), formatDateTime(fall.erledigtAm)],
              ] as [string, string | null][])
            : []),
        ]}
      />
      <FallEintraege fall={fall} />
      {rundeOffen && fall.darfZuweisen && offen && (
        <Section title={t('transitions.case.zuweisungTitle')}>
          <ZuweisungForm rundeId={rundeId} fall={fall} onDone={done} />
        </Section>
      )}
      <KommentareSection rundeId={rundeId} fall={fall} offen={rundeOffen} onDone={done} />
      {rundeOffen && fall.darfErledigen && (
        <Section title={offen ? t('transitions.case.erledigenTitle') : t('transitions.case.wiedereroeffnenTitle')}>
          {offen ? <ErledigenForm rundeId={rundeId} fall={fall} onDone={done} /> : <Wiedereroeffnen rundeId={rundeId} fall={fall} onDone={done} />}
        </Section>
      )}
    </>
  );
}

function Wiedereroeffnen({ rundeId, fall, onDone }: { rundeId: string; fall: FallDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useFallAktion(rundeId, fall.id);
  const reload = useReloadFall(rundeId, fall.id);
  const [conflict, setConflict] = useState<string | null>(null);
  return (
    <>
      <ConflictNotice message={conflict} />
      {aktion.isError && !isConflict(aktion.error) && (
        <Alert variant="danger" role="alert" title={t('transitions.case.failed')}>
          <p className="kern-body">{actionMessage(aktion.error)}</p>
        </Alert>
      )}
      <p className="kern-body app-trans-text">{t('transitions.case.wiedereroeffnenHint')}</p>
      <AppButton
        variant="secondary"
        isPending={aktion.isPending}
        onPress={() => {
          setConflict(null);
          aktion.mutate(
            { path: 'wiedereroeffnen', body: { version: fall.version } },
            {
              onSuccess: () => onDone(t('transitions.case.reopened')),
              onError: (error) => {
                if (!isConflict(error)) return;
                void reload();
                setConflict(actionMessage(error));
              },
            },
          );
        }}
      >
        {t('transitions.case.wiedereroeffnen')}
      </AppButton>
    </>
  );
}
