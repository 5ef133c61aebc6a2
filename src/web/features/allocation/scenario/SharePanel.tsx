import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { freigabeBody } from '../../../../domain/allocation/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { CopyableAddress } from '../../../components/OneTimeLink.js';
import { QueryError } from '../../../components/QueryError.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCreateFreigabe, useFreigaben, useRevokeFreigabe, type Freigabe, type FreigabeNeu, type Szenario } from '../api.js';

const labelId = 'freigabe-bezeichnung';

/** Read-only links for the steering group: create (the address is shown once), list, revoke. */
export function SharePanel({ szenario }: { szenario: Szenario }) {
  const { t } = useTranslation();
  const freigaben = useFreigaben(szenario.id);
  const [created, setCreated] = useState<FreigabeNeu | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <h2 className="kern-heading-medium app-alloc-subtitle">{t('allocation.share.title')}</h2>
      <p className="kern-body app-alloc-text">{t('allocation.share.lead')}</p>
      <StatusMessage message={message} />
      {created ? (
        <NewLink
          freigabe={created}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => document.getElementById(labelId)?.focus());
          }}
        />
      ) : (
        <CreateShare
          szenarioId={szenario.id}
          onCreated={(neu) => {
            setMessage(null);
            setCreated(neu);
          }}
        />
      )}
      <h3 id="freigaben-titel" tabIndex={-1} className="kern-heading-small app-alloc-subtitle">
        {t('allocation.share.listTitle')}
      </h3>
      {freigaben.isError ? (
        <QueryError error={freigaben.error} onRetry={() => void freigaben.refetch()} />
      ) : freigaben.isPending ? (
        <Loading />
      ) : freigaben.data.items.length === 0 ? (
        <p className="kern-body">{t('allocation.share.none')}</p>
      ) : (
        <ShareList szenarioId={szenario.id} items={freigaben.data.items} onRevoked={(f) => {
            setMessage(t('allocation.share.revoked', { name: f.bezeichnung }));
            // The button that opened the dialog is gone with its row.
            requestAnimationFrame(() => document.getElementById('freigaben-titel')?.focus());
          }} />
      )}
    </>
  );
}

function CreateShare({ szenarioId, onCreated }: { szenarioId: string; onCreated: (freigabe: FreigabeNeu) => void }) {
  const { t } = useTranslation();
  const create = useCreateFreigabe(szenarioId);
  const errors = useFormErrors();
  const [bezeichnung, setBezeichnung] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = freigabeBody.safeParse({ bezeichnung });
    if (!checked.success) return errors.showFieldErrors({ bezeichnung: checked.error.issues[0]?.message ?? '' });
    errors.clear();
    create.mutate(checked.data.bezeichnung, {
      onSuccess: (neu) => {
        setBezeichnung('');
        onCreated(neu);
      },
      onError: (error) => errors.showServerError(error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ bezeichnung: labelId }} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-form--inline app-alloc-share-form" aria-label={t('allocation.share.createLabel')}>
        <FormField id={labelId} label={t('allocation.share.bezeichnung')} hint={t('allocation.share.bezeichnungHint')} value={bezeichnung} onChange={setBezeichnung} error={errors.fields.bezeichnung} />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={create.isPending}>
            {t('allocation.share.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** The new address, shown this once, with a copy button. */
function NewLink({ freigabe, onDone }: { freigabe: FreigabeNeu; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert variant="success" role="status" title={t('allocation.share.createdTitle', { name: freigabe.bezeichnung })}>
      <p className="kern-body">
        <strong>{t('allocation.share.onceOnly')}</strong>
      </p>
      <CopyableAddress
        id="freigabe-adresse"
        label={t('allocation.share.adresse')}
        address={freigabe.adresse}
        texts={{ copy: t('allocation.share.copy'), copied: t('allocation.share.copied'), copyFailed: t('allocation.share.copyFailed') }}
        actionsClassName="app-alloc-share-actions"
        actions={
          <AppButton variant="tertiary" onPress={onDone}>
            {t('allocation.share.done')}
          </AppButton>
        }
      />
    </Alert>
  );
}

function ShareList({ szenarioId, items, onRevoked }: { szenarioId: string; items: readonly Freigabe[]; onRevoked: (freigabe: Freigabe) => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeFreigabe(szenarioId);
  const [pending, setPending] = useState<Freigabe | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <div className="app-table">
        <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby="freigaben-caption" tabIndex={0}>
          <table className="kern-table kern-table--striped app-alloc-shares">
            <caption id="freigaben-caption" className="kern-sr-only">
              {t('allocation.share.caption')}
            </caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('allocation.share.colName')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('allocation.share.colCreated')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('allocation.share.colUsed')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--action">
                  <span className="kern-sr-only">{t('allocation.share.colAction')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {items.map((f) => (
                <tr key={f.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell app-table__row-header">
                    {f.bezeichnung}
                  </th>
                  <td className="kern-table__cell">
                    {formatDateTime(f.erstelltAm)}
                    {f.erstelltVon && <span className="app-alloc-list__detail">{f.erstelltVon.name}</span>}
                  </td>
                  <td className="kern-table__cell">{f.zuletztGenutztAm ? formatDateTime(f.zuletztGenutztAm) : t('allocation.share.neverUsed')}</td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <AppButton variant="secondary" small icon="delete" aria-label={t('allocation.share.revokeNamed', { name: f.bezeichnung })} onPress={() => setPending(f)}>
                      {t('allocation.share.revoke')}
                    </AppButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <ConfirmDialog
        isOpen={pending !== null}
        onOpenChange={(open) => {
          if (!open) setPending(null);
        }}
        title={t('allocation.share.confirmTitle')}
        confirmLabel={t('allocation.share.revoke')}
        isPending={revoke.isPending}
        onConfirm={() => {
          if (!pending) return;
          const freigabe = pending;
          setError(null);
          revoke.mutate(freigabe.id, {
            onSuccess: () => {
              setPending(null);
              onRevoked(freigabe);
            },
            onError: (failure) => {
              setPending(null);
              setError(errorMessage(failure));
            },
          });
        }}
      >
        <p className="kern-body">{t('allocation.share.confirmText', { name: pending?.bezeichnung ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
