import './transitions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { BackLink } from '../../components/BackLink.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDateTime } from '../../lib/format.js';
import { useRunde, type Runde } from './api.js';
import { formatDay } from './format.js';
import { isNoAccess, NoAccess } from './parts.js';
import { transitionsHome } from './paths.js';
import { EigeneListenSection } from './round/EigeneListenSection.js';
import { KoordinationPanel } from './round/KoordinationPanel.js';
import { SchulenTable } from './round/SchulenTable.js';
import { ZahlenSection } from './round/ZahlenSection.js';
import { RundenStatusBadge } from './StatusBadges.js';
import { useFlashMessage } from './useFlashMessage.js';

/** /uebergaenge/:id — a round: its schools and lists, the work of the coordinator or of a school, anonymous counts. */
export function RundePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const runde = useRunde(id);
  if (runde.isError && isNoAccess(runde.error)) return <NoAccess error={runde.error} />;
  return (
    <>
      <BackLink href={transitionsHome}>{t('transitions.backToList')}</BackLink>
      {runde.isError ? (
        <>
          <PageHeader title={t('transitions.round.title')} />
          <QueryError error={runde.error} onRetry={() => void runde.refetch()} />
        </>
      ) : runde.isPending ? (
        <>
          <PageHeader title={t('transitions.round.title')} />
          <Loading />
        </>
      ) : (
        <RundeView runde={runde.data} />
      )}
    </>
  );
}

function RundeView({ runde }: { runde: Runde }) {
  const { t } = useTranslation();
  const flash = useFlashMessage();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeader preline={t('transitions.round.preline', { kommune: runde.kommune.name, schuljahr: runde.schuljahr })} title={runde.bezeichnung} />
      <StatusMessage message={message ?? flash} />
      <RundeKopfDaten runde={runde} />
      {runde.rechte.koordination && <KoordinationPanel runde={runde} onClosed={setMessage} />}
      {runde.rechte.listen.length > 0 && <EigeneListenSection runde={runde} />}
      <SchulenTable runde={runde} />
      <ZahlenSection zahlen={runde.zahlen} />
    </>
  );
}

/** Status, deadline and what happens to the personal data. */
function RundeKopfDaten({ runde }: { runde: Runde }) {
  const { t } = useTranslation();
  const sofort = runde.aufbewahrungTage === 0;
  const loeschung = runde.loeschungAm ? formatDay(runde.loeschungAm) : sofort ? t('transitions.round.loeschungBeimAbschluss') : t('transitions.round.loeschungNachAbschluss', { count: runde.aufbewahrungTage });
  return (
    <>
      {runde.status === 'geloescht' && (
        <Alert variant="info" title={t('transitions.round.geloeschtTitle')}>
          <p className="kern-body">{t('transitions.round.geloeschtText', { date: formatDay(runde.loeschungAm) })}</p>
        </Alert>
      )}
      {runde.status === 'abgeschlossen' && (
        <Alert variant="info" title={t('transitions.round.abgeschlossenTitle', { date: formatDay(runde.abgeschlossenAm) })}>
          <p className="kern-body">{t('transitions.round.abgeschlossenText', { date: formatDay(runde.loeschungAm) })}</p>
        </Alert>
      )}
      <DetailList
        className="app-facts app-trans-facts"
        rows={[
          [t('transitions.round.status'), <RundenStatusBadge key="status" status={runde.status} />],
          [t('transitions.round.frist'), formatDay(runde.frist)],
          [t('transitions.round.aufbewahrung'), sofort ? t('transitions.round.aufbewahrungSofort') : t('transitions.round.aufbewahrungTage', { count: runde.aufbewahrungTage })],
          [runde.status === 'geloescht' ? t('transitions.round.geloeschtAm') : t('transitions.round.loeschungAm'), loeschung],
          ...(runde.abgleich ? [[t('transitions.round.letzterAbgleich'), formatDateTime(runde.abgleich.am)] as [string, string]] : []),
        ]}
      />
    </>
  );
}
