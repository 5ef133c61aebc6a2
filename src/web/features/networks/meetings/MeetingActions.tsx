import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { treffenUpdateBody, type Treffen } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppDialog } from '../../../components/AppDialog.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { errorMessage, translateFieldMessage } from '../../../lib/errors.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { useCancelTreffen, useRestoreTreffen, useUpdateTreffen } from './api.js';
import { meetingWhen, minutesBetween, toLocalInput } from './format.js';
import { problemFields, settle, showProblem } from './parts.js';

interface EditValues {
  titel: string;
  beginn: string;
  dauerMinuten: string;
  ort: string;
  onlineLink: string;
  kapazitaet: string;
}

const editIds = {
  titel: 'treffen-titel',
  beginn: 'treffen-beginn',
  dauerMinuten: 'treffen-dauer',
  ort: 'treffen-ort',
  onlineLink: 'treffen-link',
  kapazitaet: 'treffen-plaetze',
} as const;
const editOrder = Object.keys(editIds);

function valuesOf(treffen: Treffen): EditValues {
  return {
    titel: treffen.titel,
    beginn: toLocalInput(treffen.beginn),
    dauerMinuten: String(minutesBetween(treffen.beginn, treffen.ende)),
    ort: treffen.ort ?? '',
    onlineLink: treffen.onlineLink ?? '',
    kapazitaet: treffen.kapazitaet === null ? '' : String(treffen.kapazitaet),
  };
}

/** Digits only become a number; anything else stays text, so the contract names the mistake. */
function toNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Moderation: edit or move, cancel (with a reason) and restore a meeting. */
export function MeetingActions({ treffen, onDone }: { treffen: Treffen; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  // The dialog is fixed when it opens: cancelling turns the meeting into a cancelled one, and the
  // open dialog must not switch to "restore" underneath.
  const [dialog, setDialog] = useState<'edit' | 'cancel' | 'restore' | null>(null);
  const cancelled = treffen.status === 'abgesagt';
  const close = () => setDialog(null);
  return (
    <>
      <AppButton variant="secondary" icon="edit" onPress={() => setDialog('edit')}>
        {t('meetings.edit.button')}
      </AppButton>
      <AppButton variant="secondary" icon={cancelled ? 'check' : 'close'} onPress={() => setDialog(cancelled ? 'restore' : 'cancel')}>
        {cancelled ? t('meetings.cancel.restoreButton') : t('meetings.cancel.button')}
      </AppButton>
      {dialog === 'edit' && <EditDialog treffen={treffen} onClose={close} onDone={onDone} />}
      {dialog === 'cancel' && <CancelDialog treffen={treffen} onClose={close} onDone={onDone} />}
      {dialog === 'restore' && <RestoreDialog treffen={treffen} onClose={close} onDone={onDone} />}
    </>
  );
}

function EditDialog({ treffen, onClose, onDone }: { treffen: Treffen; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateTreffen(treffen.id);
  const errors = useFormErrors();
  const [values, setValues] = useState<EditValues>(() => valuesOf(treffen));
  const set = (patch: Partial<EditValues>) => setValues((previous) => ({ ...previous, ...patch }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      titel: values.titel,
      beginn: values.beginn,
      dauerMinuten: toNumber(values.dauerMinuten),
      ort: values.ort,
      onlineLink: values.onlineLink,
      kapazitaet: toNumber(values.kapazitaet) ?? null,
      version: treffen.version,
    };
    const result = validate(treffenUpdateBody, input, {
      required: { titel: t('meetings.edit.titelRequired'), beginn: t('meetings.edit.beginnRequired'), dauerMinuten: t('meetings.edit.dauerRequired') },
      extra: {
        ...(typeof input.dauerMinuten === 'string' ? { dauerMinuten: t('meetings.edit.notANumber') } : {}),
        ...(typeof input.kapazitaet === 'string' ? { kapazitaet: t('meetings.edit.notANumber') } : {}),
      },
      order: editOrder,
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    settle(
      update.mutateAsync(result.data),
      () => {
        onClose();
        onDone(t('meetings.edit.saved'));
      },
      (error) => showProblem(errors, error),
    );
  }

  return (
    <AppDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.edit.title')}>
      <p className="kern-body">{t('meetings.edit.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={editIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('meetings.edit.title')}>
        <FormField id={editIds.titel} label={t('meetings.edit.titel')} value={values.titel} onChange={(titel) => set({ titel })} error={errors.fields.titel} isRequired width="full" />
        <FormField
          id={editIds.beginn}
          type="datetime-local"
          label={t('meetings.edit.beginn')}
          hint={t('meetings.edit.beginnHint')}
          value={values.beginn}
          onChange={(beginn) => set({ beginn })}
          error={errors.fields.beginn}
          isRequired
        />
        <FormField id={editIds.dauerMinuten} inputMode="numeric" label={t('meetings.edit.dauer')} value={values.dauerMinuten} onChange={(dauerMinuten) => set({ dauerMinuten })} error={errors.fields.dauerMinuten} isRequired />
        <TextAreaField id={editIds.ort} label={t('meetings.edit.ort')} hint={t('meetings.edit.ortHint')} optional value={values.ort} onChange={(ort) => set({ ort })} error={errors.fields.ort} rows={2} width="full" />
        <FormField
          id={editIds.onlineLink}
          type="url"
          label={t('meetings.edit.onlineLink')}
          hint={t('meetings.edit.onlineLinkHint')}
          optional
          value={values.onlineLink}
          onChange={(onlineLink) => set({ onlineLink })}
          error={errors.fields.onlineLink}
          width="full"
        />
        <FormField
          id={editIds.kapazitaet}
          inputMode="numeric"
          label={t('meetings.edit.kapazitaet')}
          hint={t('meetings.edit.kapazitaetHint')}
          optional
          value={values.kapazitaet}
          onChange={(kapazitaet) => set({ kapazitaet })}
          error={errors.fields.kapazitaet}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={update.isPending}>
            {t('meetings.edit.submit')}
          </AppButton>
          <AppButton variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </AppButton>
        </div>
      </Form>
    </AppDialog>
  );
}

function CancelDialog({ treffen, onClose, onDone }: { treffen: Treffen; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelTreffen(treffen.id);
  const [grund, setGrund] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  function confirm() {
    setError(null);
    setFieldError(undefined);
    settle(
      cancel.mutateAsync({ grund: grund.trim() || null, version: treffen.version }),
      () => {
        onClose();
        onDone(t('meetings.cancel.done'));
      },
      (failure) => {
        const field = problemFields(failure)?.grund;
        if (field) setFieldError(translateFieldMessage(field));
        else setError(errorMessage(failure));
      },
    );
  }

  return (
    <ConfirmDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.cancel.title')} confirmLabel={t('meetings.cancel.confirm')} onConfirm={confirm} isPending={cancel.isPending}>
      <p className="kern-body">{t('meetings.cancel.text', { title: treffen.titel, date: meetingWhen(treffen.beginn, treffen.ende) })}</p>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
      <TextAreaField id="absage-grund" label={t('meetings.cancel.reason')} hint={t('meetings.cancel.reasonHint')} optional value={grund} onChange={setGrund} error={fieldError} rows={3} width="full" />
    </ConfirmDialog>
  );
}

function RestoreDialog({ treffen, onClose, onDone }: { treffen: Treffen; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const restore = useRestoreTreffen(treffen.id);
  const [error, setError] = useState<string | null>(null);
  function confirm() {
    setError(null);
    settle(
      restore.mutateAsync({ version: treffen.version }),
      () => {
        onClose();
        onDone(t('meetings.cancel.restored'));
      },
      (failure) => setError(errorMessage(failure)),
    );
  }
  return (
    <ConfirmDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.cancel.restoreTitle')} confirmLabel={t('meetings.cancel.restoreConfirm')} onConfirm={confirm} isPending={restore.isPending}>
      <p className="kern-body">{t('meetings.cancel.restoreText', { title: treffen.titel, date: meetingWhen(treffen.beginn, treffen.ende) })}</p>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
    </ConfirmDialog>
  );
}
