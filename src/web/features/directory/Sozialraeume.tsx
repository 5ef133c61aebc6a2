import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { sozialraumBody, sozialraumUpdateBody, type Sozialraum } from '../../../domain/directory/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { AppDialog } from '../../components/AppDialog.js';
import { AppLink } from '../../components/AppLink.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { errorMessage } from '../../lib/errors.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { requiredMessages } from '../identity/messages.js';
import { useCreateSozialraum, useDeleteSozialraum, useUpdateSozialraum, type KommuneDetail } from './api.js';
import { listHref } from './filters.js';

function optionalText(value: string): string | null {
  return value.trim() === '' ? null : value;
}

const createIds = { name: 'sozialraum-name', beschreibung: 'sozialraum-beschreibung' };
const renameIds = { name: 'sozialraum-neuer-name', beschreibung: 'sozialraum-neue-beschreibung' };

function CreateSozialraumForm({ kommune, onStart, onCreated }: { kommune: KommuneDetail; onStart: () => void; onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateSozialraum(kommune.id);
  const errors = useFormErrors();
  const [values, setValues] = useState({ name: '', beschreibung: '' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    const result = validate(sozialraumBody, { name: values.name, beschreibung: optionalText(values.beschreibung) }, {
      required: { name: requiredMessages.name },
      order: ['name', 'beschreibung'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (raum) => {
        setValues({ name: '', beschreibung: '' });
        onCreated(raum.name);
      },
      onError: errors.showServerError,
    });
  }

  return (
    <div className="app-subsection">
      <h3 className="kern-heading-small">{t('directory.createSozialraum')}</h3>
      <ErrorSummary errors={errors} fieldIds={createIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('directory.createSozialraum')}>
        <FormField
          id={createIds.name}
          label={t('directory.sozialraumName')}
          isRequired
          value={values.name}
          onChange={(name) => setValues((previous) => ({ ...previous, name }))}
          error={errors.fields.name}
        />
        <TextAreaField
          id={createIds.beschreibung}
          label={t('directory.sozialraumBeschreibung')}
          hint={t('directory.sozialraumBeschreibungHint')}
          optional
          rows={3}
          width="medium"
          value={values.beschreibung}
          onChange={(beschreibung) => setValues((previous) => ({ ...previous, beschreibung }))}
          error={errors.fields.beschreibung}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={create.isPending}>
            {t('directory.createSubmit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}

/** Rename dialog; always sends the version of the freshest data it has. */
function RenameDialog({ raum, onClose, onSaved }: { raum: Sozialraum; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateSozialraum();
  const errors = useFormErrors();
  const [values, setValues] = useState({ name: raum.name, beschreibung: raum.beschreibung ?? '' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(
      sozialraumUpdateBody,
      { name: values.name, beschreibung: optionalText(values.beschreibung), version: raum.version },
      { required: { name: requiredMessages.name }, order: ['name', 'beschreibung'] },
    );
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    update.mutate(
      { sozialraumId: raum.id, ...result.data },
      { onSuccess: (saved) => onSaved(saved.name), onError: errors.showServerError },
    );
  }

  return (
    <AppDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('directory.renameTitle', { name: raum.name })}>
      <ErrorSummary errors={errors} fieldIds={renameIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('directory.renameTitle', { name: raum.name })}>
        <FormField
          id={renameIds.name}
          label={t('directory.sozialraumName')}
          isRequired
          width="full"
          value={values.name}
          onChange={(name) => setValues((previous) => ({ ...previous, name }))}
          error={errors.fields.name}
        />
        <TextAreaField
          id={renameIds.beschreibung}
          label={t('directory.sozialraumBeschreibung')}
          optional
          rows={3}
          width="full"
          value={values.beschreibung}
          onChange={(beschreibung) => setValues((previous) => ({ ...previous, beschreibung }))}
          error={errors.fields.beschreibung}
        />
        <div className="app-actions">
          <AppButton variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </AppButton>
          <AppButton type="submit" icon="check" isPending={update.isPending}>
            {t('common.save')}
          </AppButton>
        </div>
      </Form>
    </AppDialog>
  );
}

/** The Kommune's Sozialräume with their schools; managers create, rename and delete them here. */
export function Sozialraeume({ kommune, canManage }: { kommune: KommuneDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const remove = useDeleteSozialraum();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Sozialraum | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Look the entry up in the current data, so a reload after a conflict brings the new version.
  const renamingRaum = renaming ? kommune.sozialraeume.find((r) => r.id === renaming) : undefined;

  function confirmDelete() {
    if (!deleting) return;
    const { name } = deleting;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        setMessage(t('directory.deleted', { name }));
      },
      onError: () => setDeleting(null),
    });
  }

  const columns: Column<Sozialraum>[] = [
    {
      key: 'name',
      header: t('directory.sozialraumName'),
      isRowHeader: true,
      render: (raum) => (
        <>
          {raum.name}
          {raum.beschreibung && <span className="app-sozialraum__beschreibung">{raum.beschreibung}</span>}
        </>
      ),
    },
    {
      key: 'schulen',
      header: t('directory.colSchulen'),
      render: (raum) => (
        <AppLink href={listHref({ kommuneId: kommune.id, sozialraumId: raum.id })} className="app-nowrap">
          {t('directory.schoolCount', { count: raum.schulen })}
          <span className="kern-sr-only"> {t('directory.inRaum', { name: raum.name })}</span>
        </AppLink>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('directory.colActions'),
      action: true,
      render: (raum) => (
        <span className="app-row-actions">
          <AppButton
            variant="tertiary"
            small
            compactOnMobile
            icon="edit"
            aria-label={t('directory.renameLabel', { name: raum.name })}
            onPress={() => {
              setMessage(null);
              setRenaming(raum.id);
            }}
          >
            {t('directory.rename')}
          </AppButton>
          <AppButton
            variant="tertiary"
            small
            compactOnMobile
            icon="delete"
            aria-label={t('directory.deleteLabel', { name: raum.name })}
            onPress={() => {
              setMessage(null);
              remove.reset();
              setDeleting(raum);
            }}
          >
            {t('directory.delete')}
          </AppButton>
        </span>
      ),
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      {remove.isError && <Alert variant="danger" role="alert" title={errorMessage(remove.error)} />}
      <div className="app-sozialraeume">
        <DataTable
          caption={t('directory.sozialraeumeCaption', { name: kommune.name })}
          captionHidden
          columns={columns}
          rows={kommune.sozialraeume}
          rowKey={(raum) => raum.id}
          emptyText={t('directory.noSozialraeume')}
        />
      </div>
      {canManage && <CreateSozialraumForm kommune={kommune} onStart={() => setMessage(null)} onCreated={(name) => setMessage(t('directory.created', { name }))} />}
      {renamingRaum && (
        <RenameDialog
          key={renamingRaum.id}
          raum={renamingRaum}
          onClose={() => setRenaming(null)}
          onSaved={(name) => {
            setRenaming(null);
            setMessage(t('directory.renamed', { name }));
          }}
        />
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('directory.deleteTitle')}
        confirmLabel={t('directory.delete')}
        onConfirm={confirmDelete}
        isPending={remove.isPending}
      >
        {deleting && <p className="kern-body">{t('directory.deleteText', { name: deleting.name, count: deleting.schulen })}</p>}
      </ConfirmDialog>
    </>
  );
}
