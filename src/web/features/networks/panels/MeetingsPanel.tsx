import { useTranslation } from 'react-i18next';
import type { Netzwerk, TreffenKurz } from '../../../../domain/networks/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { Badge } from '../../../components/Badge.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { useNetzwerkTreffen } from '../api.js';
import { addDaysTo, formatMeetingTime, todayInBerlin } from '../format.js';
import { meetingHref } from '../NetworksStartPage.js';
import { ButtonLink } from '../parts.js';
import { hasRole } from '../permissions.js';
import { StackedTable, type StackedColumn } from '../StackedTable.js';

/** What is special about a meeting, in words (never by colour alone). */
export function MeetingNotes({ treffen }: { treffen: TreffenKurz }) {
  const { t } = useTranslation();
  const notes: Array<{ key: string; text: string; variant: 'info' | 'warning' | 'danger' }> = [];
  if (treffen.status === 'abgesagt') {
    notes.push({ key: 'abgesagt', variant: 'danger', text: treffen.absageGrund ? t('networks.meetings.cancelledBecause', { grund: treffen.absageGrund }) : t('networks.meetings.cancelled') });
  }
  if (treffen.verschoben) notes.push({ key: 'verschoben', variant: 'info', text: t('networks.meetings.moved') });
  // A date cancelled because of the closure already names it.
  if (treffen.schliessung && !(treffen.status === 'abgesagt' && treffen.absageGrund === treffen.schliessung)) notes.push({ key: 'schliessung', variant: 'warning', text: t('networks.meetings.closure', { name: treffen.schliessung }) });
  if (notes.length === 0) return <span className="app-muted">{t('networks.meetings.regular')}</span>;
  return (
    <ul className="app-networks-notes">
      {notes.map((note) => (
        <li key={note.key}>
          <Badge variant={note.variant}>{note.text}</Badge>
        </li>
      ))}
    </ul>
  );
}

function placeOf(treffen: TreffenKurz, t: (key: 'networks.meetings.online') => string): string {
  return [treffen.ort, treffen.onlineLink ? t('networks.meetings.online') : null].filter(Boolean).join(' · ');
}

function MeetingTable({ caption, rows, emptyText, past }: { caption: string; rows: TreffenKurz[]; emptyText: string; past: boolean }) {
  const { t } = useTranslation();
  const columns: StackedColumn<TreffenKurz>[] = [
    {
      key: 'wann',
      header: t('networks.meetings.col.wann'),
      isRowHeader: true,
      stackFull: true,
      render: (m) => (
        <AppLink href={meetingHref(m.id)}>
          {formatMeetingTime(m.beginn, m.ende)}
          <span className="kern-sr-only">: {m.titel}</span>
        </AppLink>
      ),
    },
    { key: 'titel', header: t('networks.meetings.col.titel'), stackFull: true, render: (m) => m.titel },
    { key: 'ort', header: t('networks.meetings.col.ort'), stackFull: true, stackLabel: true, render: (m) => placeOf(m, t) || <span className="app-muted">{t('common.notSet')}</span> },
    { key: 'hinweise', header: t('networks.meetings.col.hinweise'), stackFull: true, render: (m) => <MeetingNotes treffen={m} /> },
    past
      ? { key: 'protokoll', header: t('networks.meetings.col.protokoll'), stackFull: true, stackLabel: true, render: (m) => (m.hatProtokoll ? t('common.yes') : t('common.no')) }
      : { key: 'anmeldung', header: t('networks.meetings.col.anmeldung'), stackFull: true, stackLabel: true, render: (m) => (m.meineAnmeldung ? t(`networks.anmeldeStatus.${m.meineAnmeldung}`) : <span className="app-muted">{t('networks.meetings.notRegistered')}</span>) },
  ];
  return (
    <>
      <h3 className="kern-heading-small app-networks-subtitle">{caption}</h3>
      <StackedTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(m) => m.id} emptyText={emptyText} minWidth="46rem" />
    </>
  );
}

/** Upcoming meetings (from today) and past ones (newest first). */
export function MeetingsPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const today = todayInBerlin();
  // Ten years either way: the longest window the server answers at once (a series ends within ten years).
  const upcoming = useNetzwerkTreffen(netzwerk.id, { von: today, bis: addDaysTo(today, 3650) });
  const past = useNetzwerkTreffen(netzwerk.id, { von: addDaysTo(today, -3650), bis: today });
  const now = Date.now();
  const mayPlan = hasRole(netzwerk.meineRolle, 'moderation') && !netzwerk.archiviert;
  const base = `/netzwerke/${encodeURIComponent(netzwerk.id)}`;

  return (
    <Section title={t('networks.meetings.title')}>
      {mayPlan && (
        <div className="app-actions app-networks-panel-actions">
          <ButtonLink href={`${base}/treffen/neu`} icon="add">
            {t('networks.meetings.createSingle')}
          </ButtonLink>
          <ButtonLink href={`${base}/reihen/neu`} icon="add" variant="secondary">
            {t('networks.series.create')}
          </ButtonLink>
        </div>
      )}
      {upcoming.isError ? (
        <QueryError error={upcoming.error} onRetry={() => void upcoming.refetch()} />
      ) : upcoming.isPending ? (
        <Loading />
      ) : (
        <MeetingTable
          caption={t('networks.meetings.upcoming')}
          rows={[...upcoming.data.items].filter((m) => new Date(m.ende).getTime() >= now).sort((a, b) => a.beginn.localeCompare(b.beginn))}
          emptyText={t('networks.meetings.noUpcoming')}
          past={false}
        />
      )}
      {past.isError ? (
        <QueryError error={past.error} onRetry={() => void past.refetch()} />
      ) : past.isPending ? (
        <Loading />
      ) : (
        <MeetingTable
          caption={t('networks.meetings.past')}
          rows={[...past.data.items].filter((m) => new Date(m.ende).getTime() < now).sort((a, b) => b.beginn.localeCompare(a.beginn))}
          emptyText={t('networks.meetings.noPast')}
          past
        />
      )}
    </Section>
  );
}
