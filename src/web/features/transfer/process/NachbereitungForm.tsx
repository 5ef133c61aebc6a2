import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { transferNachbereitungBody } from '../../../../domain/transfer/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useTransferAktion, type TransferDetail } from '../api.js';
import { showSaveProblem } from '../forms.js';
import { ConflictNotice } from '../parts.js';

const fieldIds = { angepassteUmsetzung: 'nachbereitung-umsetzung', erfahrung: 'nachbereitung-erfahrung' };

/** The requesting Kommune records how it adapts the practice; this closes the transfer and joins the practice's experiences. */
export function NachbereitungForm({ transfer, onDone }: { transfer: TransferDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useTransferAktion(transfer.id);
  const errors = useFormErrors();
  const [angepassteUmsetzung, setUmsetzung] = useState('');
  const [erfahrung, setErfahrung] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const checked = validate(transferNachbereitungBody, { angepassteUmsetzung, erfahrung, version: transfer.version }, { order: ['angepassteUmsetzung', 'erfahrung'] });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    aktion.mutate(
      { path: 'nachbereitung', body: { ...checked.data, version: transfer.version } },
      {
        onSuccess: () => onDone(t('transfer.process.completed')),
        onError: (error) => setConflict(showSaveProblem(errors, error)),
      },
    );
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-lern-form" aria-label={t('transfer.process.nachbereitungForm')}>
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <TextAreaField id={fieldIds.angepassteUmsetzung} label={t('transfer.process.umsetzung')} hint={t('transfer.process.umsetzungHint')} value={angepassteUmsetzung} onChange={setUmsetzung} error={errors.fields.angepassteUmsetzung} rows={6} />
      <TextAreaField id={fieldIds.erfahrung} label={t('transfer.process.erfahrung')} hint={t('transfer.process.erfahrungHint')} value={erfahrung} onChange={setErfahrung} error={errors.fields.erfahrung} rows={4} optional />
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={aktion.isPending}>
          {t('transfer.process.nachbereitungSubmit')}
        </AppButton>
      </div>
    </Form>
  );
}
