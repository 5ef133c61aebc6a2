import './meetings.css';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Ergebnis, MeineArbeit, TreffenKurz } from '../../../../domain/networks/contracts.js';
import type { VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { Alert } from '../../../components/Alert.js';
import { AppLink } from '../../../components/AppLink.js';
import { Badge } from '../../../components/Badge.js';
import { DetailList } from '../../../components/DetailList.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { useMeineArbeit, useSetErgebnisStatus } from './api.js';
import { addDays, dayDate, meetingWhen, weekStart } from './format.js';
import { DueDate, StatusBadge, StatusMenu } from './parts.js';
import { shortText } from './ResultsSection.js';

export const meetingHref = (id: string) => `/netzwerke/treffen/${encodeURIComponent(id)}`;
const networkHref = (id: string) => `/netzwerke/${encodeURIComponent(id)}`;

/** /netzwerke/meine-arbeit */
export function MyWorkPage() {
  const { t } = useTranslation();
  const arbeit = useMeineArbeit();
  return (
    <>
      <PageHeader title={t('meetings.myWork.title')} lead={t('meetings.myWork.lead')} />
      {arbeit.isPending ? <Loading /> : arbeit.isError ? <QueryError error={arbeit.error} onRetry={() => void arbeit.refetch()} /> : <MyWork data={arbeit.data} />}
    </>
  );
}

function MyWork({ data }: { data: MeineArbeit }) {
  const { t } = useTranslation();
  const overdue = data.ueberfaellig;
  const agreements = [...data.vereinbarungen].sort((a, b) => (a.faelligAm ?? '9999').localeCompare(b.faelligAm ?? '9999'));
  return (
    <>
      <Alert
        variant={overdue > 0 ? 'warning' : 'info'}
        title={t('meetings.myWork.summary', { meetings: t('meetings.myWork.meetingCount', { count: data.treffen.length }), agreements: t('meetings.myWork.agreementCount', { count: agreements.length }) })}
      >
        <p className="kern-body">{overdue > 0 ? t('meetings.myWork.summaryOverdue', { count: overdue }) : t('meetings.myWork.summaryNoneOverdue')}</p>
      </Alert>
      <Section title={overdue > 0 ? t('meetings.myWork.agreementsOverdue', { count: agreements.length, overdue }) : t('meetings.myWork.agreements', { count: agreements.length })}>
        <Agreements rows={agreements} />
      </Section>
      <Section title={t('meetings.myWork.meetings', { count: data.treffen.length })}>
        <p className="kern-body app-muted">{t('meetings.myWork.meetingsHint')}</p>
        <Meetings treffen={data.treffen} />
        <p className="kern-body app-meetings-after-list">
          <AppLink href="/netzwerke/kalender">{t('meetings.myWork.calendarLink')}</AppLink>
        </p>
      </Section>
    </>
  );
}

function weekTitle(start: string, t: TFunction): string {
  const from = dayDate(start);
  const to = dayDate(addDays(start, 6));
  const thisWeek = weekStart(new Date().toISOString());
  if (start === thisWeek) return t('meetings.myWork.thisWeek', { from, to });
  if (start === addDays(thisWeek, 7)) return t('meetings.myWork.nextWeek', { from, to });
  return t('meetings.myWork.week', { from, to });
}

function Meetings({ treffen }: { treffen: TreffenKurz[] }) {
  const { t } = useTranslation();
  if (treffen.length === 0) return <p className="kern-body app-muted">{t('meetings.myWork.noMeetings')}</p>;
  const weeks = new Map<string, TreffenKurz[]>();
  for (const item of [...treffen].sort((a, b) => a.beginn.localeCompare(b.beginn))) {
    const key = weekStart(item.beginn);
    weeks.set(key, [...(weeks.get(key) ?? []), item]);
  }
  return (
    <>
      {[...weeks.entries()].map(([start, items]) => (
        <div key={start} className="app-subsection app-meetings-week">
          <h3 className="kern-heading-small">{weekTitle(start, t)}</h3>
          <ul className="app-plain-list app-meetings-list">
            {items.map((item) => (
              <li key={item.id} className="app-meetings-list__item">
                <p className="kern-body kern-body--bold app-meetings-list__title">
                  <AppLink href={meetingHref(item.id)}>{item.titel}</AppLink>
                </p>
                <p className="kern-body">{meetingWhen(item.beginn, item.ende, true)}</p>
                <p className="kern-body">
                  <AppLink href={networkHref(item.netzwerk.id)}>{item.netzwerk.name}</AppLink>
                  {item.ort ? ` · ${item.ort}` : item.onlineLink ? ` · ${t('meetings.myWork.online')}` : ''}
                </p>
                <p className="kern-body app-meetings-list__badges">
                  {item.status === 'abgesagt' && <Badge variant="danger">{t('meetings.myWork.cancelled')}</Badge>}
                  {item.verschoben && item.status !== 'abgesagt' && <Badge variant="warning">{t('meetings.myWork.moved')}</Badge>}
                  {item.schliessung && <Badge variant="warning">{t('meetings.myWork.closure', { name: item.schliessung })}</Badge>}
                  <span>{t('meetings.myWork.registration', { status: t(`meetings.registrationStatus.${item.meineAnmeldung ?? 'none'}`) })}</span>
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Agreements({ rows }: { rows: Ergebnis[] }) {
  const { t } = useTranslation();
  const setStatus = useSetErgebnisStatus();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function change(ergebnis: Ergebnis, status: VereinbarungStatus) {
    setMessage(null);
    setError(null);
    setStatus.mutate(
      { ergebnis, status },
      {
        onSuccess: () => setMessage(t('meetings.results.statusChanged', { text: shortText(ergebnis.text), status: t(`meetings.agreementStatus.${status}`) })),
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <>
      <StatusMessage message={message} />
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      {rows.length === 0 ? (
        <p className="kern-body app-muted">{t('meetings.myWork.noAgreements')}</p>
      ) : (
        <ul className="app-plain-list app-meetings-list" aria-label={t('meetings.myWork.agreementsCaption')}>
          {rows.map((e) => (
            <li key={e.id} className={`app-meetings-list__item${e.ueberfaellig ? ' app-meetings-list__item--overdue' : ''}`}>
              <p className="kern-body kern-body--bold app-meetings-list__title">
                <AppLink href={meetingHref(e.treffenId)} className="app-meetings-pre">
                  {e.text}
                </AppLink>
              </p>
              <DetailList
                className="app-meetings-details"
                rows={[
                  [t('meetings.myWork.colNetwork'), <AppLink href={networkHref(e.netzwerk.id)}>{e.netzwerk.name}</AppLink>],
                  [t('meetings.myWork.colDue'), <DueDate ergebnis={e} />],
                  [t('meetings.myWork.colStatus'), <StatusBadge status={e.status} />],
                ]}
              />
              <StatusMenu ergebnis={e} onChange={(status) => change(e, status)} isPending={setStatus.isPending} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

