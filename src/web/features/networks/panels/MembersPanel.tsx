import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { mitgliedBody, type Mitglied, type Netzwerk } from '../../../../domain/networks/contracts.js';
import type { NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppDialog } from '../../../components/AppDialog.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { RadioGroupField } from '../../../components/RadioGroupField.js';
import { Section } from '../../../components/Section.js';
import { SelectField } from '../../../components/SelectField.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { isApiError } from '../../../lib/api.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCurrentSession } from '../../identity/session.js';
import { useAddMitglied, useChangeRolle, useMitglieder, useRemoveMitglied } from '../api.js';
import { formatInstantDate } from '../format.js';
import { useNetworkLabels, vocab } from '../labels.js';
import { problemMessage, showProblem } from '../parts.js';
import { hasRole } from '../permissions.js';
import { StackedTable, type StackedColumn } from '../StackedTable.js';

const addIds = { email: 'mitglied-email', rolle: 'mitglied-rolle' };

/** The members with their role; the moderation adds people by e-mail, changes roles, removes people. */
export function MembersPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const session = useCurrentSession();
  const mitglieder = useMitglieder(netzwerk.id);
  const manage = hasRole(netzwerk.meineRolle, 'moderation') && !netzwerk.archiviert;
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Mitglied | null>(null);
  const [removing, setRemoving] = useState<Mitglied | null>(null);

  const columns: StackedColumn<Mitglied>[] = [
    {
      key: 'name',
      header: t('networks.members.col.name'),
      isRowHeader: true,
      stackFull: true,
      render: (m) => (m.userId === session.user.id ? t('networks.members.you', { name: m.name }) : m.name),
    },
    { key: 'rolle', header: t('networks.members.col.rolle'), stackLabel: true, stackFull: true, render: (m) => labels.rolle(m.rolle) },
    { key: 'seit', header: t('networks.members.col.seit'), stackLabel: true, stackFull: true, render: (m) => formatInstantDate(m.seit) },
  ];
  if (manage) {
    columns.push({
      key: 'aktionen',
      header: t('networks.members.col.aktionen'),
      action: true,
      stackFull: true,
      render: (m) => (
        <div className="app-networks-row-actions">
          <AppButton
            variant="secondary"
            small
            icon="edit"
            aria-label={`${t('networks.members.changeRole')} ${t('networks.members.of', { name: m.name })}`}
            onPress={() => {
              setFailure(null);
              setEditing(m);
            }}
          >
            {t('networks.members.changeRole')}
          </AppButton>
          <AppButton
            variant="tertiary"
            small
            icon="delete"
            aria-label={`${t('networks.members.remove')} ${t('networks.members.of', { name: m.name })}`}
            onPress={() => {
              setFailure(null);
              setRemoving(m);
            }}
          >
            {t('networks.members.remove')}
          </AppButton>
        </div>
      ),
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      {failure && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{failure}</p>
        </Alert>
      )}
      <Section title={t('networks.members.title')}>
        {mitglieder.isError ? (
          <QueryError error={mitglieder.error} onRetry={() => void mitglieder.refetch()} />
        ) : mitglieder.isPending ? (
          <Loading />
        ) : (
          <StackedTable
            caption={t('networks.members.caption', { count: mitglieder.data.items.length })}
            columns={columns}
            rows={[...mitglieder.data.items].sort((a, b) => a.name.localeCompare(b.name, 'de'))}
            rowKey={(m) => m.userId}
            emptyText={t('networks.members.empty')}
          />
        )}
      </Section>
      {manage && (
        <Section title={t('networks.members.addTitle')}>
          <AddMember netzwerk={netzwerk} onAdded={(text) => { setFailure(null); setMessage(text); }} />
        </Section>
      )}
      {editing && (
        <RoleDialog
          netzwerk={netzwerk}
          mitglied={editing}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
      {removing && (
        <RemoveDialog
          netzwerk={netzwerk}
          mitglied={removing}
          self={removing.userId === session.user.id}
          onClose={() => setRemoving(null)}
          onDone={(text) => {
            setRemoving(null);
            setMessage(text);
          }}
          onError={(text) => {
            setRemoving(null);
            setMessage(null);
            setFailure(text);
          }}
        />
      )}
    </>
  );
}

function AddMember({ netzwerk, onAdded }: { netzwerk: Netzwerk; onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const add = useAddMitglied(netzwerk.id);
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [rolle, setRolle] = useState<NetzwerkRolle>('mitglied');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(mitgliedBody, { email, rolle }, { required: { email: t('networks.members.emailRequired') }, order: ['email', 'rolle'] });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    add.mutate(result.data, {
      onSuccess: (added) => {
        setEmail('');
        onAdded(t('networks.members.added', { name: added.name, rolle: labels.rolle(added.rolle) }));
      },
      onError: (error) => {
        // No version is involved here: a 409 means the person already belongs to the network.
        if (isApiError(error) && error.status === 409 && error.problem?.detail) errors.showFieldErrors({ email: error.problem.detail });
        else showProblem(errors, error);
      },
    });
  }

  return (
    <>
      <p className="kern-body app-networks-text">{t('networks.members.addLead')}</p>
      <ErrorSummary errors={errors} fieldIds={addIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.members.addTitle')}>
        <FormField id={addIds.email} type="email" autoComplete="off" label={t('networks.members.email')} hint={t('networks.members.emailHint')} isRequired value={email} onChange={setEmail} error={errors.fields.email} />
        <SelectField
          id={addIds.rolle}
          label={t('networks.members.rolle')}
          options={vocab.rollen.map((code) => ({ id: code, label: labels.rolle(code) }))}
          value={rolle}
          onChange={(value) => value && setRolle(value as NetzwerkRolle)}
          error={errors.fields.rolle}
          isRequired
        />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={add.isPending}>
            {t('networks.members.add')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

function RoleDialog({ netzwerk, mitglied, onClose, onDone }: { netzwerk: Netzwerk; mitglied: Mitglied; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const change = useChangeRolle(netzwerk.id);
  const [rolle, setRolle] = useState<NetzwerkRolle>(mitglied.rolle);
  const [error, setError] = useState<string | null>(null);

  function save() {
    setError(null);
    if (rolle === mitglied.rolle) return onClose();
    change.mutate(
      { userId: mitglied.userId, rolle },
      {
        onSuccess: () => onDone(t('networks.members.roleChanged', { name: mitglied.name, rolle: labels.rolle(rolle) })),
        onError: (failure) => setError(problemMessage(failure)),
      },
    );
  }

  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={t('networks.members.roleDialogTitle', { name: mitglied.name })}
      footer={
        <>
          <AppButton variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </AppButton>
          <AppButton onPress={save} isPending={change.isPending}>
            {t('common.save')}
          </AppButton>
        </>
      }
    >
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <RadioGroupField
        id="mitglied-neue-rolle"
        name="mitglied-neue-rolle"
        legend={t('networks.members.rolle')}
        hint={t('networks.members.roleHint')}
        options={vocab.rollen.map((value) => ({ value, label: labels.rolle(value) }))}
        value={rolle}
        onChange={setRolle}
      />
    </AppDialog>
  );
}

function RemoveDialog({ netzwerk, mitglied, self, onClose, onDone, onError }: { netzwerk: Netzwerk; mitglied: Mitglied; self: boolean; onClose: () => void; onDone: (message: string) => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveMitglied(netzwerk.id);
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={self ? t('networks.members.leaveTitle') : t('networks.members.removeTitle', { name: mitglied.name })}
      confirmLabel={self ? t('networks.members.leave') : t('networks.members.remove')}
      isPending={remove.isPending}
      onConfirm={() =>
        remove.mutate(mitglied.userId, {
          onSuccess: () => {
            const text = self ? t('networks.members.left', { netzwerk: netzwerk.name }) : t('networks.members.removed', { name: mitglied.name });
            // Whoever leaves no longer sees the network.
            if (self) void navigate('/netzwerke', { state: { message: text } });
            else onDone(text);
          },
          onError: (failure) => onError(problemMessage(failure)),
        })
      }
    >
      <p className="kern-body">{self ? t('networks.members.leaveText', { netzwerk: netzwerk.name }) : t('networks.members.removeText', { name: mitglied.name, netzwerk: netzwerk.name })}</p>
    </ConfirmDialog>
  );
}
