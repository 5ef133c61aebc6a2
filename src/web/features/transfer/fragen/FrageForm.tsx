import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { kontextFrageBody } from '../../../../domain/transfer/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { CheckboxField } from '../../mapping/shared/fields.js';
import { useCreateKontextfrage, useUpdateKontextfrage, type KontextFrageDto } from '../api.js';
import { showSaveProblem } from '../forms.js';
import { isDimension, useTransferLabels, vocab, type KontextDimensionCode } from '../labels.js';
import { ConflictNotice } from '../parts.js';

const fieldIds = { dimension: 'frage-dimension', frage: 'frage-text', hinweis: 'frage-hinweis', aktiv: 'frage-aktiv' };

interface FrageFormProps {
  /** The question as stored now; missing for a new one. */
  frage?: KontextFrageDto;
  onSaved: (saved: KontextFrageDto) => void;
  onCancel: () => void;
}

/** Take a question into the catalogue, or reword, move or retire one (state coordination). */
export function FrageForm({ frage, onSaved, onCancel }: FrageFormProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const create = useCreateKontextfrage();
  const update = useUpdateKontextfrage();
  const errors = useFormErrors();
  const [dimension, setDimension] = useState<KontextDimensionCode | null>(frage?.dimension ?? null);
  const [text, setText] = useState(frage?.frage ?? '');
  const [hinweis, setHinweis] = useState(frage?.hinweis ?? '');
  const [aktiv, setAktiv] = useState(frage?.aktiv ?? true);
  const [conflict, setConflict] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const checked = validate(kontextFrageBody, { dimension: dimension ?? undefined, frage: text, hinweis }, { required: { dimension: t('transfer.fragen.dimensionRequired') }, order: ['dimension', 'frage', 'hinweis'] });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    const onError = (error: unknown) => setConflict(showSaveProblem(errors, error));
    if (frage) update.mutate({ frageId: frage.id, body: { ...checked.data, aktiv, version: frage.version } }, { onSuccess: onSaved, onError });
    else create.mutate(checked.data, { onSuccess: onSaved, onError });
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={frage ? t('transfer.fragen.editTitle') : t('transfer.fragen.createTitle')}>
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <SelectField
        id={fieldIds.dimension}
        label={t('transfer.fragen.dimension')}
        options={vocab.dimensionen.map((d) => ({ id: d, label: labels.dimension(d) }))}
        value={dimension}
        onChange={(v) => setDimension(isDimension(v) ? v : null)}
        error={errors.fields.dimension}
        isRequired
        width="full"
      />
      <TextAreaField id={fieldIds.frage} label={t('transfer.fragen.frage')} hint={t('transfer.fragen.frageHint')} value={text} onChange={setText} error={errors.fields.frage} rows={3} width="full" />
      <TextAreaField id={fieldIds.hinweis} label={t('transfer.fragen.hinweis')} hint={t('transfer.fragen.hinweisHint')} value={hinweis} onChange={setHinweis} error={errors.fields.hinweis} rows={3} optional width="full" />
      {frage && <CheckboxField id={fieldIds.aktiv} label={t('transfer.fragen.aktiv')} hint={t('transfer.fragen.aktivHint')} checked={aktiv} onChange={setAktiv} error={errors.fields.aktiv} />}
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={create.isPending || update.isPending}>
          {frage ? t('transfer.fragen.saveEdit') : t('transfer.fragen.saveCreate')}
        </AppButton>
        <AppButton variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </AppButton>
      </div>
    </Form>
  );
}
