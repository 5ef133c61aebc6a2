import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { Schule } from '../../../domain/directory/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useAssignSozialraum, type KommuneDetail } from './api.js';

const none = 'keiner';
const ids = { sozialraumId: 'standort-sozialraum' };

/**
 * Assigns the school to a Sozialraum of its Kommune (or removes the assignment). The version
 * read with the school goes along; if someone changed the school meanwhile, the server answers
 * 409, the message says so and the current data is loaded again.
 */
export function AssignSozialraumForm({ schule, kommune }: { schule: Schule; kommune: KommuneDetail }) {
  const { t } = useTranslation();
  const assign = useAssignSozialraum(schule.id);
  const errors = useFormErrors();
  const [value, setValue] = useState<string>(schule.sozialraumId ?? none);
  const [message, setMessage] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    errors.clear();
    const sozialraumId = value === none ? null : value;
    assign.mutate(
      { sozialraumId, version: schule.version },
      {
        onSuccess: (updated) =>
          setMessage(updated.sozialraumName ? t('directory.assigned', { name: updated.sozialraumName }) : t('directory.unassigned')),
        onError: errors.showServerError,
      },
    );
  }

  return (
    <div className="app-subsection">
      <h3 className="kern-heading-small">{t('directory.assignTitle')}</h3>
      <StatusMessage message={message} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-form--inline" aria-label={t('directory.assignTitle')}>
        <SelectField
          id={ids.sozialraumId}
          label={t('directory.sozialraum')}
          value={value}
          onChange={(next) => setValue(next ?? none)}
          options={[{ id: none, label: t('directory.noSozialraumOption') }, ...kommune.sozialraeume.map((raum) => ({ id: raum.id, label: raum.name }))]}
          error={errors.fields.sozialraumId}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={assign.isPending}>
            {t('directory.assignSubmit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
