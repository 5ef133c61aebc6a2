import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useTransferAktion, type TransferDetail } from '../api.js';
import { formatTermin, terminFields, terminIso } from '../format.js';
import { showSaveProblem } from '../forms.js';
import { ConflictNotice } from '../parts.js';

const fieldIds = { datum: 'austausch-datum', uhrzeit: 'austausch-uhrzeit', termin: 'austausch-datum', ort: 'austausch-ort' };

/** Either side arranges the exchange meeting: date and time (Berlin time) and place. */
export function AustauschForm({ transfer, onDone }: { transfer: TransferDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useTransferAktion(transfer.id);
  const errors = useFormErrors();
  const [values, setValues] = useState(() => ({ ...terminFields(transfer.termin), ort: transfer.ort ?? '' }));
  const [conflict, setConflict] = useState<string | null>(null);
  const change = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.datum)) found.datum = t('transfer.process.datumRequired');
    if (!/^\d{2}:\d{2}$/.test(values.uhrzeit)) found.uhrzeit = t('transfer.process.uhrzeitRequired');
    const termin = terminIso(values.datum, values.uhrzeit);
    if (!found.datum && !found.uhrzeit && !termin) found.datum = t('transfer.process.datumInvalid');
    if (values.ort.trim().length > 500) found.ort = t('transfer.process.ortTooLong');
    if (Object.keys(found).length || !termin) return errors.showFieldErrors(found);
    errors.clear();
    aktion.mutate(
      { path: 'austausch', body: { termin, ort: values.ort.trim() || null, version: transfer.version } },
      {
        onSuccess: (saved) => onDone(t('transfer.process.arranged', { termin: formatTermin(saved.termin) })),
        onError: (error) => setConflict(showSaveProblem(errors, error)),
      },
    );
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-lern-form" aria-label={t('transfer.process.austauschForm')}>
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <div className="app-lern-when">
        <FormField id={fieldIds.datum} type="date" label={t('transfer.process.datum')} value={values.datum} onChange={(datum) => change({ datum })} error={errors.fields.datum ?? errors.fields.termin} isRequired />
        <FormField id={fieldIds.uhrzeit} type="time" label={t('transfer.process.uhrzeit')} value={values.uhrzeit} onChange={(uhrzeit) => change({ uhrzeit })} error={errors.fields.uhrzeit} isRequired />
      </div>
      <FormField id={fieldIds.ort} label={t('transfer.process.ort')} hint={t('transfer.process.ortHint')} value={values.ort} onChange={(ort) => change({ ort })} error={errors.fields.ort} optional width="full" />
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={aktion.isPending}>
          {transfer.termin ? t('transfer.process.austauschChange') : t('transfer.process.austauschSubmit')}
        </AppButton>
      </div>
    </Form>
  );
}
