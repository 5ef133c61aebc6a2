import './meetings.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { kalenderAboBody } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppDialog } from '../../../components/AppDialog.js';
import { AppLink } from '../../../components/AppLink.js';
import { BackLink } from '../../../components/BackLink.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { DataTable } from '../../../components/DataTable.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { CopyableAddress } from '../../../components/OneTimeLink.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { SelectField } from '../../../components/SelectField.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCreateKalenderAbo, useKalenderAbos, useNetzwerke, useRevokeKalenderAbo, type KalenderAbo, type KalenderAboNeu } from '../api.js';
import { instantDate, instantDateTime } from './format.js';
import { focusAfterDialog, PageSection, showProblem } from './parts.js';

const aboIds = { bezeichnung: 'abo-bezeichnung', umfang: 'abo-umfang', netzwerkId: 'abo-netzwerk' };

/** /netzwerke/kalender */
export function CalendarPage() {
  const { t } = useTranslation();
  const abos = useKalenderAbos();
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<KalenderAboNeu | null>(null);
  return (
    <>
      <BackLink href="/netzwerke/meine-arbeit">{t('meetings.calendar.toMyWork')}</BackLink>
      <PageHeader title={t('meetings.calendar.title')} lead={t('meetings.calendar.lead')} />
      <Alert variant="info" title={t('meetings.calendar.privacyTitle')}>
        <p className="kern-body">{t('meetings.calendar.privacy')}</p>
      </Alert>
      <StatusMessage message={message} />
      <PageSection id="neues-abo" title={t('meetings.calendar.createTitle')}>
        <CreateAbo
          onCreated={(abo) => {
            setMessage(null);
            setCreated(abo);
          }}
        />
      </PageSection>
      <PageSection id="abos" title={t('meetings.calendar.listTitle')}>
        {abos.isPending ? <Loading /> : abos.isError ? <QueryError error={abos.error} onRetry={() => void abos.refetch()} /> : <AboTable abos={abos.data.items} onMessage={setMessage} />}
      </PageSection>
      {created && <CreatedDialog abo={created} onClose={() => setCreated(null)} />}
    </>
  );
}

function CreateAbo({ onCreated }: { onCreated: (abo: KalenderAboNeu) => void }) {
  const { t } = useTranslation();
  const netzwerke = useNetzwerke(false);
  const create = useCreateKalenderAbo();
  const errors = useFormErrors();
  const [bezeichnung, setBezeichnung] = useState(() => t('meetings.calendar.labelDefault'));
  const [umfang, setUmfang] = useState<'alle' | 'netzwerk'>('alle');
  const [netzwerkId, setNetzwerkId] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { bezeichnung, netzwerkId: umfang === 'netzwerk' ? netzwerkId : null };
    const result = validate(kalenderAboBody, input, {
      required: { bezeichnung: t('meetings.calendar.labelRequired') },
      extra: umfang === 'netzwerk' && !netzwerkId ? { netzwerkId: t('meetings.calendar.networkRequired') } : {},
      order: ['bezeichnung', 'netzwerkId'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (abo) => {
        // Ready for the next subscription; the new one is in the list below.
        setBezeichnung(t('meetings.calendar.labelDefault'));
        setUmfang('alle');
        setNetzwerkId(null);
        onCreated(abo);
      },
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={aboIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('meetings.calendar.createTitle')}>
        <FormField id={aboIds.bezeichnung} label={t('meetings.calendar.label')} hint={t('meetings.calendar.labelHint')} value={bezeichnung} onChange={setBezeichnung} error={errors.fields.bezeichnung} isRequired />
        <fieldset className="kern-fieldset app-meetings-fieldset">
          <legend className="kern-label">{t('meetings.calendar.scope')}</legend>
          <div className="kern-fieldset__body">
            {(['alle', 'netzwerk'] as const).map((value, index) => {
              const inputId = index === 0 ? aboIds.umfang : `${aboIds.umfang}-${value}`;
              return (
                <div key={value} className="kern-form-check">
                  <input id={inputId} type="radio" name="abo-umfang" className="kern-form-check__radio" checked={umfang === value} onChange={() => setUmfang(value)} />
                  <label htmlFor={inputId} className="kern-label">
                    {value === 'alle' ? t('meetings.calendar.scopeAll') : t('meetings.calendar.scopeNetwork')}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        {umfang === 'netzwerk' &&
          (netzwerke.isError ? (
            <QueryError error={netzwerke.error} onRetry={() => void netzwerke.refetch()} />
          ) : (
            <SelectField
              id={aboIds.netzwerkId}
              label={t('meetings.calendar.network')}
              options={(netzwerke.data?.items ?? []).map((n) => ({ id: n.id, label: n.name }))}
              value={netzwerkId}
              onChange={setNetzwerkId}
              error={errors.fields.netzwerkId}
              isRequired
              isDisabled={netzwerke.isPending}
            />
          ))}
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={create.isPending}>
            {t('meetings.calendar.submit')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** The address is shown exactly once, right after creating the subscription. */
function CreatedDialog({ abo, onClose }: { abo: KalenderAboNeu; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={t('meetings.calendar.createdTitle')}
      footer={
        <AppButton variant="primary" onPress={onClose}>
          {t('common.close')}
        </AppButton>
      }
    >
      <p className="kern-body">{t('meetings.calendar.createdOnce')}</p>
      <CopyableAddress
        id="abo-adresse"
        label={t('meetings.calendar.address')}
        address={abo.adresse}
        texts={{ copy: t('meetings.calendar.copy'), copied: t('meetings.calendar.copied'), copyFailed: t('meetings.calendar.copyFailed') }}
      />
      <h3 className="kern-heading-small">{t('meetings.calendar.howTo')}</h3>
      <ul className="kern-list kern-list--bullet app-meetings-howto">
        <li className="kern-body">{t('meetings.calendar.outlook')}</li>
        <li className="kern-body">{t('meetings.calendar.thunderbird')}</li>
        <li className="kern-body">{t('meetings.calendar.phone')}</li>
      </ul>
    </AppDialog>
  );
}

function AboTable({ abos, onMessage }: { abos: KalenderAbo[]; onMessage: (m: string | null) => void }) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<KalenderAbo | null>(null);
  return (
    <>
      <DataTable
        caption={t('meetings.calendar.caption')}
        captionHidden
        rows={abos}
        rowKey={(a) => a.id}
        emptyText={t('meetings.calendar.empty')}
        columns={[
          { key: 'label', header: t('meetings.calendar.colLabel'), isRowHeader: true, render: (a) => a.bezeichnung },
          {
            key: 'scope',
            header: t('meetings.calendar.colScope'),
            render: (a) => (a.netzwerk ? <AppLink href={`/netzwerke/${encodeURIComponent(a.netzwerk.id)}`}>{t('meetings.calendar.networkScope', { network: a.netzwerk.name })}</AppLink> : t('meetings.calendar.allMeetings')),
          },
          { key: 'created', header: t('meetings.calendar.colCreated'), render: (a) => instantDate(a.erstelltAm) },
          { key: 'fetched', header: t('meetings.calendar.colFetched'), render: (a) => (a.zuletztAbgerufenAm ? instantDateTime(a.zuletztAbgerufenAm) : <span className="app-muted">{t('meetings.calendar.neverFetched')}</span>) },
          {
            key: 'actions',
            header: t('meetings.calendar.colActions'),
            action: true,
            render: (a) => (
              <AppButton variant="secondary" small icon="delete" aria-label={t('meetings.calendar.revokeLabel', { label: a.bezeichnung })} onPress={() => setRevoking(a)}>
                {t('meetings.calendar.revoke')}
              </AppButton>
            ),
          },
        ]}
      />
      {revoking && (
        <RevokeDialog
          abo={revoking}
          onClose={() => setRevoking(null)}
          onDone={(m) => {
            onMessage(m);
            // The row and its button are gone: focus goes to the list's heading.
            focusAfterDialog('abos-titel');
          }}
        />
      )}
    </>
  );
}

function RevokeDialog({ abo, onClose, onDone }: { abo: KalenderAbo; onClose: () => void; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeKalenderAbo();
  const [error, setError] = useState<string | null>(null);
  function confirm() {
    setError(null);
    revoke.mutate(abo.id, {
      onSuccess: () => {
        onClose();
        onDone(t('meetings.calendar.revoked', { label: abo.bezeichnung }));
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  }
  return (
    <ConfirmDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.calendar.revokeTitle')} confirmLabel={t('meetings.calendar.revokeConfirm')} onConfirm={confirm} isPending={revoke.isPending}>
      <p className="kern-body">{t('meetings.calendar.revokeText', { label: abo.bezeichnung })}</p>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
