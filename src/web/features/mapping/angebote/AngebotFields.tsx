import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField.js';
import { RadioGroupField } from '../../../components/RadioGroupField.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { CheckboxField, CheckboxGroupField } from '../shared/fields.js';
import { useLabels, vocab, type AngebotStatus } from '../shared/labels.js';
import { AkteurPicker, SchoolMultiPicker } from '../shared/pickers.js';
import type { AngebotValues } from './values.js';

export const angebotIds = {
  titel: 'angebot-titel',
  beschreibung: 'angebot-beschreibung',
  akteurId: 'angebot-traeger',
  handlungsfeld: 'angebot-handlungsfeld',
  ebene: 'angebot-ebene',
  altersphasen: 'angebot-altersphasen',
  zielgruppe: 'angebot-zielgruppe',
  standortIds: 'angebot-standorte',
  stundenProWoche: 'angebot-stunden',
  finanzierung: 'angebot-finanzierung',
  beginn: 'angebot-beginn',
  ende: 'angebot-ende',
  status: 'angebot-status',
  geteilt: 'angebot-geteilt',
};

interface AngebotFieldsProps {
  kommuneId: string;
  values: AngebotValues;
  onChange: (patch: Partial<AngebotValues>) => void;
  errors: FieldErrors;
}

export function AngebotFields({ kommuneId, values, onChange, errors }: AngebotFieldsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <FormField id={angebotIds.titel} label={t('mapping.angebotForm.titel')} isRequired value={values.titel} onChange={(titel) => onChange({ titel })} error={errors.titel} />
      <TextAreaField id={angebotIds.beschreibung} label={t('mapping.angebotForm.beschreibung')} optional value={values.beschreibung} onChange={(beschreibung) => onChange({ beschreibung })} error={errors.beschreibung} />
      <AkteurPicker
        id={angebotIds.akteurId}
        label={t('mapping.angebotForm.traeger')}
        hint={t('mapping.angebotForm.traegerHint')}
        optional
        kommuneId={kommuneId}
        value={values.traeger}
        onChange={(traeger) => onChange({ traeger })}
        error={errors.akteurId}
      />
      <SelectField
        id={angebotIds.handlungsfeld}
        label={t('mapping.angebotForm.handlungsfeld')}
        isRequired
        value={values.handlungsfeld}
        onChange={(v) => onChange({ handlungsfeld: (v as AngebotValues['handlungsfeld']) ?? null })}
        options={vocab.handlungsfelder.map((h) => ({ id: h, label: labels.handlungsfeld(h) }))}
        error={errors.handlungsfeld}
      />
      <RadioGroupField
        id={angebotIds.ebene}
        name="angebot-ebene"
        legend={t('mapping.angebotForm.ebene')}
        hint={t('mapping.angebotForm.ebeneHint')}
        options={vocab.ebenen.map((value) => ({ value, label: labels.ebene(value) }))}
        value={values.ebene}
        onChange={(ebene) => onChange({ ebene })}
        error={errors.ebene}
      />
      <CheckboxGroupField
        id={angebotIds.altersphasen}
        legend={t('mapping.angebotForm.altersphasen')}
        hint={t('mapping.angebotForm.altersphasenHint')}
        options={vocab.altersphasen.map((value) => ({ value, label: t('mapping.altersphaseMitAlter', { label: labels.altersphase(value), range: value.replace('-', '–') }) }))}
        values={values.altersphasen}
        onChange={(altersphasen) => onChange({ altersphasen })}
        error={errors.altersphasen}
      />
      <FormField id={angebotIds.zielgruppe} label={t('mapping.angebotForm.zielgruppe')} hint={t('mapping.angebotForm.zielgruppeHint')} optional value={values.zielgruppe} onChange={(zielgruppe) => onChange({ zielgruppe })} error={errors.zielgruppe} />
      <SchoolMultiPicker
        id={angebotIds.standortIds}
        label={t('mapping.angebotForm.standorte')}
        hint={t('mapping.angebotForm.standorteHint')}
        kommuneId={kommuneId}
        values={values.standorte}
        onChange={(standorte) => onChange({ standorte })}
        error={errors.standortIds}
      />
      <div className="app-mapping-hours">
        <FormField
          id={angebotIds.stundenProWoche}
          label={t('mapping.angebotForm.stunden')}
          hint={t('mapping.angebotForm.stundenHint')}
          optional
          inputMode="decimal"
          autoComplete="off"
          value={values.stunden}
          onChange={(stunden) => onChange({ stunden })}
          error={errors.stundenProWoche}
        />
      </div>
      <SelectField
        id={angebotIds.finanzierung}
        label={t('mapping.angebotForm.finanzierung')}
        isRequired
        value={values.finanzierung}
        onChange={(v) => onChange({ finanzierung: (v as AngebotValues['finanzierung']) ?? null })}
        options={vocab.finanzierungen.map((f) => ({ id: f, label: labels.finanzierung(f) }))}
        error={errors.finanzierung}
      />
      <div className="app-mapping-dates">
        <FormField id={angebotIds.beginn} type="date" label={t('mapping.angebotForm.beginn')} optional value={values.beginn} onChange={(beginn) => onChange({ beginn })} error={errors.beginn} />
        <FormField id={angebotIds.ende} type="date" label={t('mapping.angebotForm.ende')} optional value={values.ende} onChange={(ende) => onChange({ ende })} error={errors.ende} />
      </div>
      <SelectField
        id={angebotIds.status}
        label={t('mapping.angebotForm.status')}
        isRequired
        value={values.status}
        onChange={(v) => v && onChange({ status: v as AngebotStatus })}
        options={vocab.status.map((s) => ({ id: s, label: labels.status(s) }))}
        error={errors.status}
      />
      <CheckboxField id={angebotIds.geteilt} label={t('mapping.angebotForm.geteilt')} hint={t('mapping.angebotForm.geteiltHint')} checked={values.geteilt} onChange={(geteilt) => onChange({ geteilt })} error={errors.geteilt} />
    </>
  );
}
