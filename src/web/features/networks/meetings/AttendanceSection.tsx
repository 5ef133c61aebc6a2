import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Treffen } from '../../../../domain/networks/contracts.js';
import type { AnmeldeStatus, NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { DataTable } from '../../../components/DataTable.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { useMitglieder } from '../api.js';
import { useSaveAttendance } from './api.js';
import { useMeetingPart } from './useMeetingPart.js';

type Anmeldung = NonNullable<Treffen['anmeldungen']>[number];

const presentIds = (t: Treffen) =>
  (t.anmeldungen ?? [])
    .filter((a) => a.anwesend === true)
    .map((a) => a.person.id)
    .sort();

/** Place on the waiting list by time of registration. */
function waitingPlaces(anmeldungen: Anmeldung[]): Map<string, number> {
  const places = new Map<string, number>();
  anmeldungen
    .filter((a) => a.status === 'warteliste')
    .sort((a, b) => a.angemeldetAm.localeCompare(b.angemeldetAm))
    .forEach((a, index) => places.set(a.person.id, index + 1));
  return places;
}

function useStatusText() {
  const { t } = useTranslation();
  return (status: AnmeldeStatus | null, place: number | undefined) =>
    status === 'warteliste' && place ? t('meetings.attendance.waitingPlace', { position: place }) : t(`meetings.registrationStatus.${status ?? 'none'}`);
}

export function AttendanceSection({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  if (treffen.anmeldungen === null) {
    return (
      <>
        <p className="kern-body">{treffen.kapazitaet === null ? t('meetings.info.unlimited', { registered: treffen.angemeldet }) : t('meetings.info.capacityValue', { count: treffen.kapazitaet, registered: treffen.angemeldet, waiting: treffen.warteliste })}</p>
        <p className="kern-body app-muted">{t('meetings.attendance.guestsNote')}</p>
      </>
    );
  }
  if (treffen.meineRolle === 'moderation') return <AttendanceEditor treffen={treffen} />;
  return <RegistrationTable anmeldungen={treffen.anmeldungen} />;
}

function RegistrationTable({ anmeldungen }: { anmeldungen: Anmeldung[] }) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const places = waitingPlaces(anmeldungen);
  const rows = anmeldungen.filter((a) => a.status !== 'abgemeldet');
  return (
    <DataTable
      caption={t('meetings.attendance.registrations')}
      captionHidden
      rows={rows}
      rowKey={(a) => a.person.id}
      emptyText={t('meetings.attendance.noRegistrations')}
      columns={[
        { key: 'person', header: t('meetings.attendance.person'), isRowHeader: true, render: (a) => a.person.name },
        { key: 'status', header: t('meetings.attendance.registration'), render: (a) => statusText(a.status, places.get(a.person.id)) },
        {
          key: 'present',
          header: t('meetings.attendance.present'),
          render: (a) => (a.anwesend === null ? <span className="app-muted">{t('meetings.attendance.presentUnknown')}</span> : a.anwesend ? t('meetings.attendance.presentYes') : t('meetings.attendance.presentNo')),
        },
      ]}
    />
  );
}

interface Row {
  id: string;
  name: string;
  rolle: NetzwerkRolle | null;
  status: AnmeldeStatus | null;
}

function AttendanceEditor({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const mitglieder = useMitglieder(treffen.netzwerk.id);
  const save = useSaveAttendance(treffen.id);
  const part = useMeetingPart(treffen, presentIds);
  const statusText = useStatusText();
  const stored = useMemo(() => presentIds(treffen), [treffen]);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(stored));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const anmeldungen = useMemo(() => treffen.anmeldungen ?? [], [treffen.anmeldungen]);
  const places = waitingPlaces(anmeldungen);

  // Until the person changes something, the list follows what is stored.
  const storedKey = stored.join(',');
  useEffect(() => {
    if (dirty) return;
    setChecked(new Set(storedKey ? storedKey.split(',') : []));
    part.rebase(treffen);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey, dirty]);

  const rows: Row[] = useMemo(() => {
    const byId = new Map(anmeldungen.map((a) => [a.person.id, a]));
    const out: Row[] = (mitglieder.data?.items ?? []).map((m) => ({ id: m.userId, name: m.name, rolle: m.rolle, status: byId.get(m.userId)?.status ?? null }));
    const known = new Set(out.map((r) => r.id));
    for (const a of anmeldungen) if (!known.has(a.person.id)) out.push({ id: a.person.id, name: a.person.name, rolle: null, status: a.status });
    return out.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }, [mitglieder.data, anmeldungen]);

  if (mitglieder.isPending) return <Loading />;
  if (mitglieder.isError) return <QueryError error={mitglieder.error} onRetry={() => void mitglieder.refetch()} />;
  if (rows.length === 0) return <p className="kern-body app-muted">{t('meetings.attendance.noMembers')}</p>;

  function toggle(id: string, on: boolean) {
    setDirty(true);
    setMessage(null);
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function markRegistered() {
    setDirty(true);
    setMessage(null);
    setChecked((previous) => new Set([...previous, ...rows.filter((r) => r.status === 'angemeldet').map((r) => r.id)]));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setMessage(null);
    setSaving(true);
    const anwesend = rows.filter((r) => checked.has(r.id)).map((r) => r.id);
    try {
      const ok = await part.save((version) => save.mutateAsync({ anwesend, version }));
      if (ok) {
        setDirty(false);
        setMessage(t('meetings.attendance.saved', { count: anwesend.length }));
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="app-form" aria-label={t('meetings.attendance.legend')}>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      {part.conflict !== null && (
        <Alert variant="warning" role="alert" title={t('meetings.conflict.title')}>
          <p className="kern-body">{t('meetings.conflict.attendance')}</p>
          <div className="app-actions">
            <AppButton
              variant="secondary"
              onPress={() => {
                setChecked(new Set(part.takeTheirs()));
                setDirty(false);
              }}
            >
              {t('meetings.conflict.takeTheirs')}
            </AppButton>
            <AppButton variant="secondary" onPress={part.keepMine}>
              {t('meetings.conflict.keepMine')}
            </AppButton>
          </div>
        </Alert>
      )}
      <fieldset className="kern-fieldset app-meetings-fieldset" aria-describedby="anwesenheit-hinweis">
        <legend className="kern-label app-meetings-legend">{t('meetings.attendance.legend')}</legend>
        <p id="anwesenheit-hinweis" className="kern-hint">
          {t('meetings.attendance.hint')} {t('meetings.attendance.count', { present: rows.filter((r) => checked.has(r.id)).length, total: rows.length })}
        </p>
        <div className="kern-fieldset__body app-meetings-checks">
          {rows.map((row) => {
            const inputId = `anwesend-${row.id}`;
            return (
              <div key={row.id} className="app-meetings-check">
                <div className="kern-form-check">
                  <input id={inputId} type="checkbox" className="kern-form-check__checkbox" checked={checked.has(row.id)} onChange={(event) => toggle(row.id, event.target.checked)} aria-describedby={`${inputId}-status`} />
                  <label htmlFor={inputId} className="kern-label">
                    {row.name}
                  </label>
                </div>
                <p id={`${inputId}-status`} className="kern-body kern-body--small app-meetings-check__detail">
                  {t('meetings.attendance.memberStatus', { role: row.rolle ? t(`meetings.roles.${row.rolle}`) : t('meetings.attendance.formerMember'), status: statusText(row.status, places.get(row.id)) })}
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
      <StatusMessage message={message} />
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={saving}>
          {t('meetings.attendance.save')}
        </AppButton>
        <AppButton variant="secondary" onPress={markRegistered}>
          {t('meetings.attendance.markRegistered')}
        </AppButton>
      </div>
    </form>
  );
}
