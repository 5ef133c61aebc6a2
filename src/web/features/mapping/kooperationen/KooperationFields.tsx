import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useLabels, vocab, type KooperationsTyp } from '../shared/labels.js';
import { AkteurPicker, SchoolPicker } from '../shared/pickers.js';
import type { KooperationValues } from './values.js';

export const kooperationIds = {
  akteurAId: 'kooperation-akteur-a',
  akteurBId: 'kooperation-akteur-b',
  typ: 'kooperation-art',
  standortId: 'kooperation-standort',
  seit: 'kooperation-seit',
  beschreibung: 'kooperation-beschreibung',
};

export function KooperationFields({ kommuneId, values, onChange, errors }: { kommuneId: string; values: KooperationValues; onChange: (patch: Partial<KooperationValues>) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <AkteurPicker id={kooperationIds.akteurAId} label={t('mapping.kooperationForm.akteurA')} isRequired kommuneId={kommuneId} value={values.akteurA} onChange={(akteurA) => onChange({ akteurA })} exclude={values.akteurB ? [values.akteurB.id] : []} error={errors.akteurAId} />
      <AkteurPicker id={kooperationIds.akteurBId} label={t('mapping.kooperationForm.akteurB')} isRequired kommuneId={kommuneId} value={values.akteurB} onChange={(akteurB) => onChange({ akteurB })} exclude={values.akteurA ? [values.akteurA.id] : []} error={errors.akteurBId} />
      <SelectField
        id={kooperationIds.typ}
        label={t('mapping.kooperationForm.typ')}
        isRequired
        value={values.typ}
        onChange={(typ) => onChange({ typ: (typ as KooperationsTyp | null) ?? null })}
        options={vocab.kooperationsTypen.map((k) => ({ id: k, label: labels.kooperationsTyp(k) }))}
        error={errors.typ}
      />
      <SchoolPicker
        id={kooperationIds.standortId}
        label={t('mapping.kooperationForm.standort')}
        hint={t('mapping.kooperationForm.standortHint')}
        optional
        kommuneId={kommuneId}
        value={values.standort}
        onChange={(standort) => onChange({ standort })}
        error={errors.standortId}
      />
      <FormField id={kooperationIds.seit} type="date" label={t('mapping.kooperationForm.seit')} optional value={values.seit} onChange={(seit) => onChange({ seit })} error={errors.seit} />
      <TextAreaField id={kooperationIds.beschreibung} label={t('mapping.kooperationForm.beschreibung')} optional value={values.beschreibung} onChange={(beschreibung) => onChange({ beschreibung })} error={errors.beschreibung} />
    </>
  );
}
