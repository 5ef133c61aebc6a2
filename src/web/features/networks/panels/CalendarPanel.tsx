import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { kalenderAboBody, type Netzwerk } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { CopyableAddress } from '../../../components/OneTimeLink.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCreateKalenderAbo, useKalenderAbos, useRevokeKalenderAbo, type KalenderAbo, type KalenderAboNeu } from '../api.js';
import { formatMeetingTime } from '../format.js';
import { showProblem } from '../parts.js';
import { StackedTable, type StackedColumn } from '../StackedTable.js';

const ids = { bezeichnung: 'abo-bezeichnung', netzwerkId: 'abo-bezeichnung' };

/** The private address, shown once right after creating the subscription, with a copy button. */
function SubscriptionAddress({ abo }: { abo: KalenderAboNeu }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  // The form that was used is gone; focus goes to the address, so it is read out right away.
  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <Alert ref={ref} tabIndex={-1} variant="success" titleId="abo-neu-titel" aria-labelledby="abo-neu-titel" title={t('networks.calendar.createdTitle', { bezeichnung: abo.bezeichnung })}>
      <div className="app-one-time-link">
        <p className="kern-body">{t('networks.calendar.onlyOnce')}</p>
        <CopyableAddress
          id="abo-adresse"
          label={t('networks.calendar.address')}
          address={abo.adresse}
          texts={{ copy: t('networks.calendar.copy'), copied: t('networks.calendar.copied'), copyFailed: t('networks.calendar.copyFailed') }}
        />
      </div>
    </Alert>
  );
}

/** Private calendar subscriptions of this network: create one (the address is shown once), revoke. */
export function CalendarPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const abos = useKalenderAbos();
  const create = useCreateKalenderAbo();
  const revoke = useRevokeKalenderAbo();
  const errors = useFormErrors();
  const [bezeichnung, setBezeichnung] = useState(() => t('networks.calendar.defaultName', { name: netzwerk.name }));
  const [created, setCreated] = useState<KalenderAboNeu | null>(null);
  const [revoking, setRevoking] = useState<KalenderAbo | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(kalenderAboBody, { bezeichnung, netzwerkId: netzwerk.id }, { required: { bezeichnung: t('networks.calendar.nameRequired') }, order: ['bezeichnung'] });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    setMessage(null);
    create.mutate(
      { bezeichnung: result.data.bezeichnung, netzwerkId: netzwerk.id },
      {
        onSuccess: (abo) => setCreated(abo),
        onError: (error) => showProblem(errors, error),
      },
    );
  }

  const mine = (abos.data?.items ?? []).filter((a) => a.netzwerk?.id === netzwerk.id);
  const columns: StackedColumn<KalenderAbo>[] = [
    { key: 'bezeichnung', header: t('networks.calendar.col.bezeichnung'), isRowHeader: true, stackFull: true, render: (a) => a.bezeichnung },
    { key: 'erstellt', header: t('networks.calendar.col.erstellt'), stackLabel: true, stackFull: true, render: (a) => formatMeetingTime(a.erstelltAm) },
    { key: 'abgerufen', header: t('networks.calendar.col.abgerufen'), stackLabel: true, stackFull: true, render: (a) => (a.zuletztAbgerufenAm ? formatMeetingTime(a.zuletztAbgerufenAm) : t('common.never')) },
    {
      key: 'aktion',
      header: t('networks.calendar.col.aktion'),
      action: true,
      stackFull: true,
      render: (a) => (
        <AppButton variant="tertiary" small icon="delete" aria-label={`${t('networks.calendar.revoke')}: ${a.bezeichnung}`} onPress={() => setRevoking(a)}>
          {t('networks.calendar.revoke')}
        </AppButton>
      ),
    },
  ];

  return (
    <>
      <Section title={t('networks.calendar.title')}>
        <p className="kern-body app-networks-text">{t('networks.calendar.lead')}</p>
        <StatusMessage message={message} />
        {created ? (
          <>
            <SubscriptionAddress abo={created} />
            <div className="app-actions app-networks-panel-actions">
              <AppButton variant="tertiary" onPress={() => setCreated(null)}>
                {t('networks.calendar.done')}
              </AppButton>
            </div>
          </>
        ) : (
          <>
            <ErrorSummary errors={errors} fieldIds={ids} />
            <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.calendar.createLabel')}>
              <FormField id={ids.bezeichnung} label={t('networks.calendar.name')} hint={t('networks.calendar.nameHint')} isRequired value={bezeichnung} onChange={setBezeichnung} error={errors.fields.bezeichnung} />
              <div className="app-actions">
                <AppButton type="submit" icon="add" isPending={create.isPending}>
                  {t('networks.calendar.create')}
                </AppButton>
              </div>
            </Form>
          </>
        )}
      </Section>
      <Section title={t('networks.calendar.existing')}>
        {failure && (
          <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
            <p className="kern-body">{failure}</p>
          </Alert>
        )}
        {abos.isError ? (
          <QueryError error={abos.error} onRetry={() => void abos.refetch()} />
        ) : abos.isPending ? (
          <Loading />
        ) : (
          <StackedTable caption={t('networks.calendar.existing')} captionHidden columns={columns} rows={mine} rowKey={(a) => a.id} emptyText={t('networks.calendar.none')} />
        )}
        <p className="kern-body">
          <AppLink href="/netzwerke/kalender">{t('networks.calendar.allAbos')}</AppLink>
        </p>
      </Section>
      <ConfirmDialog
        isOpen={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t('networks.calendar.revokeTitle')}
        confirmLabel={t('networks.calendar.revoke')}
        isPending={revoke.isPending}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.bezeichnung;
          setFailure(null);
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              setMessage(t('networks.calendar.revoked', { bezeichnung: name }));
            },
            onError: (error) => {
              setRevoking(null);
              setFailure(errorMessage(error));
            },
          });
        }}
      >
        <p className="kern-body">{t('networks.calendar.revokeText', { bezeichnung: revoking?.bezeichnung ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
