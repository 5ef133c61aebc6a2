import './meetings.css';
import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Treffen } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { BackLink } from '../../../components/BackLink.js';
import { Badge } from '../../../components/Badge.js';
import { DetailList } from '../../../components/DetailList.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { usePageTitle } from '../../../components/usePageTitle.js';
import { api } from '../../../lib/api.js';
import { errorMessage } from '../../../lib/errors.js';
import { useCurrentSession } from '../../identity/session.js';
import { AgendaSection } from './AgendaSection.js';
import { treffenKey, useRegistration, useTreffen } from './api.js';
import { AttendanceSection } from './AttendanceSection.js';
import { dayDate, meetingWhen } from './format.js';
import { MeetingActions } from './MeetingActions.js';
import { MinutesSection } from './MinutesSection.js';
import { ButtonLink, isGone, PageSection } from './parts.js';
import { ResultsSection } from './ResultsSection.js';

const networkHref = (id: string) => `/netzwerke/${encodeURIComponent(id)}`;

/** /netzwerke/treffen/:id */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const treffen = useTreffen(id);
  usePageTitle(treffen.data?.titel ?? t('meetings.title'));

  if (treffen.isPending) {
    return (
      <>
        <PageHeader title={t('meetings.title')} />
        <Loading />
      </>
    );
  }
  if (treffen.isError) {
    const gone = isGone(treffen.error);
    return (
      <>
        <BackLink href="/netzwerke/meine-arbeit">{t('meetings.page.toMyWork')}</BackLink>
        <PageHeader title={gone ? t('meetings.page.notFound') : t('meetings.title')} />
        {gone ? <Alert variant="info" title={t('meetings.page.notFoundText')} /> : <QueryError error={treffen.error} onRetry={() => void treffen.refetch()} />}
      </>
    );
  }
  return <MeetingView treffen={treffen.data} />;
}

function jumpTo(id: string) {
  const heading = document.getElementById(`${id}-titel`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function OnThisPage({ items }: { items: ReadonlyArray<[string, string]> }) {
  const { t } = useTranslation();
  return (
    <nav className="app-meetings-toc" aria-label={t('meetings.page.onThisPage')}>
      <p className="kern-body kern-body--bold app-meetings-toc__title" aria-hidden="true">
        {t('meetings.page.onThisPage')}
      </p>
      <ul className="app-meetings-toc__list">
        {items.map(([id, label]) => (
          <li key={id}>
            <a
              className="kern-link"
              href={`#${id}-titel`}
              onClick={(event) => {
                event.preventDefault();
                jumpTo(id);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MeetingView({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const moderation = treffen.meineRolle === 'moderation';
  const cancelled = treffen.status === 'abgesagt';
  const [message, setMessage] = useState<string | null>(null);
  const calendarHintId = `kalender-hinweis-${treffen.id}`;

  return (
    <>
      <BackLink href={networkHref(treffen.netzwerk.id)}>{t('meetings.page.backToNetwork', { network: treffen.netzwerk.name })}</BackLink>
      <PageHeader
        preline={t('meetings.page.preline', { network: treffen.netzwerk.name })}
        title={treffen.titel}
        lead={meetingWhen(treffen.beginn, treffen.ende)}
        actions={
          <>
            <ButtonLink href={`/api/treffen/${encodeURIComponent(treffen.id)}/kalender.ics`} icon="calendar-today" download describedBy={calendarHintId}>
              {t('meetings.info.calendar')}
            </ButtonLink>
            {moderation && <MeetingActions treffen={treffen} onDone={setMessage} />}
          </>
        }
      />
      <p id={calendarHintId} className="kern-body kern-body--small app-muted app-meetings-calendar-hint">
        {t('meetings.info.calendarHint')}
      </p>
      <StatusMessage message={message} />
      <StateNotices treffen={treffen} />

      <OnThisPage
        items={[
          ['ueberblick', t('meetings.info.title')],
          ['tagesordnung', t('meetings.agenda.title')],
          ['anwesenheit', t('meetings.attendance.title')],
          ['protokoll', t('meetings.minutes.title')],
          ['ergebnisse', t('meetings.results.title')],
        ]}
      />

      <PageSection id="ueberblick" title={t('meetings.info.title')}>
        <Overview treffen={treffen} />
        <RegistrationBox treffen={treffen} cancelled={cancelled} />
      </PageSection>
      <PageSection id="tagesordnung" title={t('meetings.agenda.title')}>
        <AgendaSection treffen={treffen} />
      </PageSection>
      <PageSection id="anwesenheit" title={t('meetings.attendance.title')}>
        <AttendanceSection treffen={treffen} />
      </PageSection>
      <PageSection id="protokoll" title={t('meetings.minutes.title')}>
        <MinutesSection treffen={treffen} />
      </PageSection>
      <PageSection id="ergebnisse" title={t('meetings.results.title')}>
        <ResultsSection treffen={treffen} />
      </PageSection>
    </>
  );
}

/** Cancelled, moved, holiday: said in words, above everything else. */
function StateNotices({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  return (
    <>
      {treffen.status === 'abgesagt' && (
        <Alert variant="warning" title={t('meetings.page.cancelledTitle')}>
          <p className="kern-body">{treffen.absageGrund ? t('meetings.page.cancelledReason', { reason: treffen.absageGrund }) : t('meetings.page.cancelledNoReason')}</p>
        </Alert>
      )}
      {treffen.verschoben && treffen.status !== 'abgesagt' && (
        <Alert variant="info" title={t('meetings.page.movedTitle')}>
          <p className="kern-body">{treffen.reiheTermin ? t('meetings.page.movedFrom', { date: localTermin(treffen.reiheTermin) }) : t('meetings.page.movedNoDate')}</p>
        </Alert>
      )}
      {treffen.schliessung && treffen.status !== 'abgesagt' && (
        <Alert variant="info" title={t('meetings.page.closureTitle', { name: treffen.schliessung })}>
          <p className="kern-body">{t('meetings.page.closureText')}</p>
        </Alert>
      )}
    </>
  );
}

/** "2026-04-14T13:30" (wall-clock time in Berlin) as "14.04.2026, 13:30 Uhr". */
function localTermin(value: string): string {
  const [day, time] = value.split('T') as [string, string];
  return i18next.t('format.dateTime', { date: dayDate(day), time });
}

function Overview({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const status =
    treffen.status === 'abgesagt' ? (
      <Badge variant="danger">{t('meetings.info.statusCancelled')}</Badge>
    ) : treffen.verschoben ? (
      <Badge variant="warning">{t('meetings.info.statusMoved')}</Badge>
    ) : (
      <Badge variant="success">{t('meetings.info.statusPlanned')}</Badge>
    );
  const rows: Array<[string, ReactNode]> = [
    [t('meetings.info.when'), meetingWhen(treffen.beginn, treffen.ende)],
    [t('meetings.info.status'), status],
    [t('meetings.info.network'), <AppLink href={networkHref(treffen.netzwerk.id)}>{treffen.netzwerk.name}</AppLink>],
    [t('meetings.info.place'), treffen.ort ? <span className="app-meetings-pre">{treffen.ort}</span> : <span className="app-muted">{t('meetings.info.noPlace')}</span>],
  ];
  if (treffen.onlineLink) {
    rows.push([
      t('meetings.info.online'),
      <a className="kern-link app-break" href={treffen.onlineLink} target="_blank" rel="noopener noreferrer">
        {t('meetings.info.onlineLink')}
      </a>,
    ]);
  }
  rows.push([t('meetings.info.capacity'), <Capacity treffen={treffen} />]);
  return <DetailList rows={rows} className="app-meetings-details" />;
}

function Capacity({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  if (treffen.kapazitaet === null) return <>{t('meetings.info.unlimited', { registered: treffen.angemeldet })}</>;
  const free = Math.max(0, treffen.kapazitaet - treffen.angemeldet);
  return (
    <>
      {t('meetings.info.capacityValue', { count: treffen.kapazitaet, registered: treffen.angemeldet, waiting: treffen.warteliste })}
      <br />
      <span className="app-muted">{free > 0 ? t('meetings.info.capacityFree', { free }) : t('meetings.info.capacityFull')}</span>
    </>
  );
}

/** The own place on the waiting list, when the list of registrations is visible (members). */
function waitingPosition(treffen: Treffen, userId: string): number | null {
  if (!treffen.anmeldungen) return null;
  const waiting = treffen.anmeldungen.filter((a) => a.status === 'warteliste').sort((a, b) => a.angemeldetAm.localeCompare(b.angemeldetAm));
  const index = waiting.findIndex((a) => a.person.id === userId);
  return index >= 0 ? index + 1 : null;
}

function RegistrationBox({ treffen, cancelled }: { treffen: Treffen; cancelled: boolean }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const registration = useRegistration(treffen.id);
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Registration closes when the meeting begins (the server refuses changes from then on).
  const past = new Date(treffen.beginn).getTime() <= Date.now();
  const status = treffen.meineAnmeldung;
  const position = status === 'warteliste' ? waitingPosition(treffen, session.user.id) : null;
  const full = treffen.kapazitaet !== null && treffen.angemeldet >= treffen.kapazitaet;
  const registered = status === 'angemeldet' || status === 'warteliste';

  const statusText =
    status === 'angemeldet'
      ? t('meetings.registration.registered')
      : status === 'warteliste'
        ? position
          ? t('meetings.registration.waitingAt', { position })
          : t('meetings.registration.waiting')
        : status === 'ohne-anmeldung'
          ? t('meetings.registration.attendedWithout')
          : status === 'abgemeldet'
            ? t('meetings.registration.withdrawn')
            : t('meetings.registration.notRegistered');

  async function toggle() {
    setError(null);
    setMessage(null);
    try {
      await registration.mutateAsync(!registered);
    } catch (failure) {
      setError(errorMessage(failure));
      return;
    }
    if (registered) return setMessage(t('meetings.registration.doneWithdrawn', { title: treffen.titel }));
    // The answer may be the registration alone; the meeting tells the place on the waiting list.
    const fresh = await queryClient
      .fetchQuery({ queryKey: treffenKey(treffen.id), queryFn: () => api<Treffen>(`/api/treffen/${encodeURIComponent(treffen.id)}`), staleTime: 0 })
      .catch(() => null);
    if (fresh?.meineAnmeldung === 'warteliste') {
      const at = waitingPosition(fresh, session.user.id);
      setMessage(at ? t('meetings.registration.doneWaitingAt', { title: treffen.titel, position: at }) : t('meetings.registration.doneWaiting', { title: treffen.titel }));
    } else {
      setMessage(t('meetings.registration.doneRegistered', { title: treffen.titel }));
    }
  }

  return (
    <div className="app-meetings-box" role="group" aria-labelledby="anmeldung-titel">
      <h3 className="kern-heading-small" id="anmeldung-titel">
        {t('meetings.registration.title')}
      </h3>
      <p className="kern-body kern-body--bold">{statusText}</p>
      {status === 'warteliste' && <p className="kern-body">{t('meetings.registration.waitingHint')}</p>}
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <StatusMessage message={message} />
      {cancelled ? (
        !registered && <p className="kern-body app-muted">{t('meetings.registration.closedCancelled')}</p>
      ) : past ? (
        <p className="kern-body app-muted">{t('meetings.registration.closedPast')}</p>
      ) : null}
      {!cancelled && !past && (
        <>
          {!registered && full && <p className="kern-body">{t('meetings.registration.fullHint')}</p>}
          <div className="app-actions">
            <AppButton variant={registered ? 'secondary' : 'primary'} icon={registered ? 'close' : 'check'} onPress={() => void toggle()} isPending={registration.isPending}>
              {registered
                ? status === 'warteliste'
                  ? t('meetings.registration.withdrawWaiting')
                  : t('meetings.registration.withdraw')
                : full
                  ? t('meetings.registration.registerWaiting')
                  : t('meetings.registration.register')}
            </AppButton>
          </div>
        </>
      )}
    </div>
  );
}
