import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { Netzwerk } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { DetailList } from '../../../components/DetailList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCurrentSession } from '../../identity/session.js';
import { networksKey, useRemoveMitglied, useSetNetzwerkArchived, useTraegerKommunen, useUpdateNetzwerk } from '../api.js';
import { formatMeetingTime } from '../format.js';
import { useNetworkLabels } from '../labels.js';
import { NetzwerkFields, netzwerkIds, netzwerkValues, useNetzwerkCheck, type NetzwerkValues } from '../NetzwerkFields.js';
import { KommunenText, meetingHref } from '../NetworksStartPage.js';
import { isConflict, problemMessage, showProblem } from '../parts.js';
import { canFound, hasRole } from '../permissions.js';

/** Key facts, the network's data (a form for the moderation) and archiving. */
export function OverviewPanel({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const moderation = hasRole(netzwerk.meineRolle, 'moderation');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <StatusMessage message={message} />
      <Section title={t('networks.overview.title')}>
        <DetailList
          rows={[
            [t('networks.overview.myRole'), labels.rolle(netzwerk.meineRolle)],
            [t('networks.overview.members'), String(netzwerk.mitgliederAnzahl)],
            [
              t('networks.overview.nextMeeting'),
              netzwerk.naechstesTreffen ? (
                <AppLink href={meetingHref(netzwerk.naechstesTreffen.id)}>
                  {netzwerk.naechstesTreffen.titel}, {formatMeetingTime(netzwerk.naechstesTreffen.beginn)}
                </AppLink>
              ) : (
                t('networks.start.noMeeting')
              ),
            ],
          ]}
        />
      </Section>
      <Section title={t('networks.overview.data')}>
        {moderation && !netzwerk.archiviert ? (
          <EditNetzwerk netzwerk={netzwerk} onSaved={() => setMessage(t('common.saved'))} />
        ) : (
          <DetailList
            rows={[
              [t('networks.form.name'), netzwerk.name],
              [t('networks.form.beschreibung'), netzwerk.beschreibung ? <span className="app-networks-pre">{netzwerk.beschreibung}</span> : null],
              [t('networks.form.ebene'), labels.ebene(netzwerk.ebene)],
              [t('networks.form.schwerpunkt'), labels.schwerpunkt(netzwerk.schwerpunkt)],
              [t('networks.form.land'), labels.land(netzwerk.land)],
              [t('networks.form.kommunen'), <KommunenText key="k" netzwerk={netzwerk} />],
            ]}
          />
        )}
      </Section>
      {moderation && (
        <Section title={netzwerk.archiviert ? t('networks.overview.restoreTitle') : t('networks.overview.archiveTitle')}>
          <ArchiveControl netzwerk={netzwerk} onDone={setMessage} />
        </Section>
      )}
      {!moderation && !netzwerk.archiviert && (
        <Section title={t('networks.members.leaveTitleSection')}>
          <LeaveControl netzwerk={netzwerk} />
        </Section>
      )}
    </>
  );
}

function EditNetzwerk({ netzwerk, onSaved }: { netzwerk: Netzwerk; onSaved: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  // Only coordinators may involve further Kommunen; everybody keeps the ones already involved.
  const kommunen = useTraegerKommunen(canFound(session));
  const update = useUpdateNetzwerk(netzwerk.id);
  const errors = useFormErrors();
  const check = useNetzwerkCheck();
  const [values, setValues] = useState<NetzwerkValues>(() => netzwerkValues(netzwerk));
  const [conflict, setConflict] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    update.mutate(
      { ...result.data, version: netzwerk.version },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData([...networksKey, 'detail', netzwerk.id], saved);
          setValues(netzwerkValues(saved));
          setConflict(false);
          onSaved();
        },
        onError: (error) => {
          if (isConflict(error)) {
            // The stored version comes in; the person's input stays until they take the stored one.
            setConflict(true);
            void queryClient.invalidateQueries({ queryKey: [...networksKey, 'detail', netzwerk.id], exact: true });
          } else showProblem(errors, error);
        },
      },
    );
  }

  const options = kommunen.data?.items ?? [];

  return (
    <>
      {conflict && (
        <Alert variant="warning" role="alert" title={t('networks.overview.conflictTitle')}>
          <p className="kern-body">{t('networks.overview.conflictText')}</p>
          <div className="app-actions">
            <AppButton
              variant="secondary"
              onPress={() => {
                setValues(netzwerkValues(netzwerk));
                setConflict(false);
                errors.clear();
              }}
            >
              {t('networks.overview.takeTheirs')}
            </AppButton>
          </div>
        </Alert>
      )}
      <ErrorSummary errors={errors} fieldIds={netzwerkIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.form.editLabel')}>
        <NetzwerkFields values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} kommunen={options} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={update.isPending}>
            {t('networks.form.saveChanges')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

function ArchiveControl({ netzwerk, onDone }: { netzwerk: Netzwerk; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mutation = useSetNetzwerkArchived(netzwerk.id);
  const archive = !netzwerk.archiviert;

  function confirm() {
    setError(null);
    mutation.mutate(
      { archived: archive, version: netzwerk.version },
      {
        onSuccess: (updated) => {
          setOpen(false);
          queryClient.setQueryData([...networksKey, 'detail', netzwerk.id], updated);
          onDone(t(archive ? 'networks.overview.archived' : 'networks.overview.restored', { name: netzwerk.name }));
        },
        onError: (failure) => {
          setOpen(false);
          setError(isConflict(failure) ? t('networks.overview.archiveConflict') : errorMessage(failure));
          if (isConflict(failure)) void queryClient.invalidateQueries({ queryKey: [...networksKey, 'detail', netzwerk.id], exact: true });
        },
      },
    );
  }

  return (
    <div className="app-networks-archive">
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <p className="kern-body">{t(archive ? 'networks.overview.archiveExplain' : 'networks.overview.restoreExplain')}</p>
      <div className="app-actions">
        <AppButton variant="secondary" icon={archive ? 'delete' : 'check'} onPress={() => setOpen(true)}>
          {archive ? t('networks.overview.archiveButton') : t('networks.overview.restoreButton')}
        </AppButton>
      </div>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={archive ? t('networks.overview.confirmArchiveTitle') : t('networks.overview.confirmRestoreTitle')}
        confirmLabel={archive ? t('networks.overview.archive') : t('networks.overview.restore')}
        onConfirm={confirm}
        isPending={mutation.isPending}
      >
        <p className="kern-body">{t(archive ? 'networks.overview.confirmArchive' : 'networks.overview.confirmRestore', { name: netzwerk.name })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Members and guests may leave on their own; afterwards the network is gone for them. */
function LeaveControl({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const remove = useRemoveMitglied(netzwerk.id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="app-networks-archive">
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <p className="kern-body">{t('networks.members.leaveExplain')}</p>
      <div className="app-actions">
        <AppButton variant="secondary" onPress={() => setOpen(true)}>
          {t('networks.members.leave')}
        </AppButton>
      </div>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('networks.members.leaveTitle')}
        confirmLabel={t('networks.members.leave')}
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(session.user.id, {
            onSuccess: () => void navigate('/netzwerke', { state: { message: t('networks.members.left', { netzwerk: netzwerk.name }) } }),
            onError: (failure) => {
              setOpen(false);
              setError(problemMessage(failure));
            },
          })
        }
      >
        <p className="kern-body">{t('networks.members.leaveText', { netzwerk: netzwerk.name })}</p>
      </ConfirmDialog>
    </div>
  );
}
