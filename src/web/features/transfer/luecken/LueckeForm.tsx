import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { lueckeBody } from '../../../../domain/transfer/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { RadioGroupField } from '../../../components/RadioGroupField.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCreateLuecke, useUpdateLuecke, type Luecke } from '../api.js';
import { showSaveProblem } from '../forms.js';
import { isAltersphase, isHandlungsfeld, useTransferLabels, vocab, type Altersphase, type Handlungsfeld, type LueckenStatus, type Prioritaet } from '../labels.js';
import { ConflictNotice } from '../parts.js';

export const lueckeFieldIds = {
  handlungsfeld: 'luecke-handlungsfeld',
  altersphase: 'luecke-altersphase',
  beschreibung: 'luecke-beschreibung',
  prioritaet: 'luecke-prioritaet',
  status: 'luecke-status',
};

interface Values {
  handlungsfeld: Handlungsfeld | null;
  altersphase: Altersphase | null;
  beschreibung: string;
  prioritaet: Prioritaet | null;
  status: LueckenStatus;
}

const valuesOf = (l: Luecke | undefined): Values =>
  l ? { handlungsfeld: l.handlungsfeld, altersphase: l.altersphase, beschreibung: l.beschreibung, prioritaet: l.prioritaet, status: l.status } : { handlungsfeld: null, altersphase: null, beschreibung: '', prioritaet: null, status: 'offen' };

interface LueckeFormProps {
  kommuneId: string;
  /** The gap as stored now (after a 409 it carries the new version); missing for a new gap. */
  luecke?: Luecke;
  onSaved: (saved: Luecke) => void;
  onCancel: () => void;
}

/** Enter or change a gap: the cell (field × age phase), "Wo hakt es?", priority and status. */
export function LueckeForm({ kommuneId, luecke, onSaved, onCancel }: LueckeFormProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const create = useCreateLuecke(kommuneId);
  const update = useUpdateLuecke();
  const errors = useFormErrors();
  const [values, setValues] = useState<Values>(() => valuesOf(luecke));
  const [conflict, setConflict] = useState<string | null>(null);
  const change = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const pending = create.isPending || update.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const checked = validate(
      lueckeBody,
      { ...values, handlungsfeld: values.handlungsfeld ?? undefined, altersphase: values.altersphase ?? undefined, prioritaet: values.prioritaet ?? undefined },
      {
        required: { handlungsfeld: t('transfer.luecke.handlungsfeldRequired'), altersphase: t('transfer.luecke.altersphaseRequired'), prioritaet: t('transfer.luecke.prioritaetRequired') },
        order: ['handlungsfeld', 'altersphase', 'beschreibung', 'prioritaet', 'status'],
      },
    );
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    const onError = (error: unknown) => setConflict(showSaveProblem(errors, error));
    if (luecke) update.mutate({ lueckeId: luecke.id, body: { ...checked.data, version: luecke.version } }, { onSuccess: onSaved, onError });
    else create.mutate(checked.data, { onSuccess: onSaved, onError });
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={luecke ? t('transfer.luecke.editTitle') : t('transfer.luecke.createTitle')}>
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={lueckeFieldIds} />
      <SelectField
        id={lueckeFieldIds.handlungsfeld}
        label={t('transfer.luecke.handlungsfeld')}
        options={vocab.handlungsfelder.map((h) => ({ id: h, label: labels.handlungsfeld(h) }))}
        value={values.handlungsfeld}
        onChange={(v) => change({ handlungsfeld: isHandlungsfeld(v) ? v : null })}
        error={errors.fields.handlungsfeld}
        isRequired
        width="full"
      />
      <SelectField
        id={lueckeFieldIds.altersphase}
        label={t('transfer.luecke.altersphase')}
        options={vocab.altersphasen.map((a) => ({ id: a, label: labels.altersphaseMitAlter(a) }))}
        value={values.altersphase}
        onChange={(v) => change({ altersphase: isAltersphase(v) ? v : null })}
        error={errors.fields.altersphase}
        isRequired
        width="full"
      />
      <TextAreaField
        id={lueckeFieldIds.beschreibung}
        label={t('transfer.luecke.beschreibung')}
        hint={t('transfer.luecke.beschreibungHint')}
        value={values.beschreibung}
        onChange={(beschreibung) => change({ beschreibung })}
        error={errors.fields.beschreibung}
        rows={5}
        width="full"
      />
      <RadioGroupField<Prioritaet>
        id={lueckeFieldIds.prioritaet}
        name="luecke-prioritaet"
        legend={t('transfer.luecke.prioritaet')}
        options={vocab.prioritaeten.map((p) => ({ value: p, label: labels.prioritaet(p) }))}
        value={values.prioritaet}
        onChange={(prioritaet) => change({ prioritaet })}
        error={errors.fields.prioritaet}
        horizontal
      />
      <RadioGroupField<LueckenStatus>
        id={lueckeFieldIds.status}
        name="luecke-status"
        legend={t('transfer.luecke.status')}
        hint={t('transfer.luecke.statusHint')}
        options={vocab.lueckenStatus.map((s) => ({ value: s, label: labels.lueckenStatus(s) }))}
        value={values.status}
        onChange={(status) => change({ status })}
        error={errors.fields.status}
        horizontal
      />
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={pending}>
          {luecke ? t('transfer.luecke.saveEdit') : t('transfer.luecke.saveCreate')}
        </AppButton>
        <AppButton variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </AppButton>
      </div>
    </Form>
  );
}
