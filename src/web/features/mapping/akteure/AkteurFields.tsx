import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AkteurTyp } from '../../../../domain/mapping/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { FormField } from '../../../components/FormField.js';
import { RadioGroupField } from '../../../components/RadioGroupField.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { errorMessage } from '../../../lib/errors.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useCreateAkteurTyp } from '../shared/api.js';
import { CheckboxField } from '../shared/fields.js';
import { useLabels, vocab } from '../shared/labels.js';
import { problemFields } from '../shared/parts.js';
import { SchoolMultiPicker } from '../shared/pickers.js';
import type { AkteurValues } from './values.js';

export const akteurIds = {
  name: 'akteur-name',
  typ: 'akteur-art',
  kreis: 'akteur-kreis',
  beschreibung: 'akteur-beschreibung',
  kontaktFunktion: 'akteur-kontakt-funktion',
  kontaktEmail: 'akteur-kontakt-email',
  kontaktTelefon: 'akteur-kontakt-telefon',
  standortIds: 'akteur-standorte',
  geteilt: 'akteur-geteilt',
};

/** Built-in types in their order, then the Kommune's own ones alphabetically. */
export function typOptions(typen: readonly AkteurTyp[], label: (code: string, label: string) => string) {
  const standard = typen.filter((x) => !x.eigen).map((x) => ({ id: x.code, label: label(x.code, x.label) }));
  const eigen = typen
    .filter((x) => x.eigen)
    .map((x) => ({ id: x.code, label: x.label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  return [...standard, ...eigen];
}

/** "Neue Art anlegen": extends the Kommune's list of types and picks the new one. */
function NewTyp({ kommuneId, onCreated }: { kommuneId: string; onCreated: (typ: AkteurTyp) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const create = useCreateAkteurTyp(kommuneId);

  function submit() {
    const text = label.trim();
    if (text.length < 2) return setError(t('mapping.akteurForm.newTypTooShort'));
    setError(undefined);
    create.mutate(text, {
      onSuccess: (typ) => {
        setOpen(false);
        setLabel('');
        onCreated(typ);
      },
      onError: (failure) => setError(problemFields(failure)?.label ?? errorMessage(failure)),
    });
  }

  if (!open) {
    return (
      <div className="app-mapping-newtyp__toggle">
        <AppButton variant="tertiary" small icon="add" onPress={() => setOpen(true)}>
          {t('mapping.akteurForm.newTyp')}
        </AppButton>
      </div>
    );
  }
  return (
    <div className="app-mapping-newtyp" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="kern-body kern-body--bold app-mapping-newtyp__title">
        {t('mapping.akteurForm.newTyp')}
      </p>
      <div
        onKeyDown={(event: KeyboardEvent) => {
          // Enter creates the type here instead of sending the whole form.
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
      >
        <FormField id={`${id}-label`} label={t('mapping.akteurForm.newTypLabel')} hint={t('mapping.akteurForm.newTypHint')} value={label} onChange={setLabel} error={error} autoFocus />
      </div>
      <div className="app-actions">
        <AppButton variant="secondary" small onPress={submit} isPending={create.isPending}>
          {t('mapping.akteurForm.newTypCreate')}
        </AppButton>
        <AppButton
          variant="tertiary"
          small
          onPress={() => {
            setOpen(false);
            setError(undefined);
          }}
        >
          {t('common.cancel')}
        </AppButton>
      </div>
    </div>
  );
}

interface AkteurFieldsProps {
  kommuneId: string;
  values: AkteurValues;
  onChange: (patch: Partial<AkteurValues>) => void;
  errors: FieldErrors;
  typen: readonly AkteurTyp[];
  /** Coordinators may extend the list of types. */
  mayAddTyp: boolean;
  onTypCreated: (typ: AkteurTyp) => void;
}

export function AkteurFields({ kommuneId, values, onChange, errors, typen, mayAddTyp, onTypCreated }: AkteurFieldsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const contactId = useId();
  return (
    <>
      <FormField id={akteurIds.name} label={t('mapping.akteurForm.name')} hint={t('mapping.akteurForm.nameHint')} isRequired value={values.name} onChange={(name) => onChange({ name })} error={errors.name} />
      <div className="app-mapping-typ">
        <SelectField
          id={akteurIds.typ}
          label={t('mapping.akteurForm.typ')}
          isRequired
          value={values.typ}
          onChange={(typ) => onChange({ typ })}
          options={typOptions(typen, labels.typ)}
          error={errors.typ}
        />
        {mayAddTyp && (
          <NewTyp
            kommuneId={kommuneId}
            onCreated={(typ) => {
              onChange({ typ: typ.code });
              onTypCreated(typ);
              requestAnimationFrame(() => document.getElementById(akteurIds.typ)?.focus());
            }}
          />
        )}
      </div>
      <RadioGroupField
        id={akteurIds.kreis}
        name="akteur-kreis"
        legend={t('mapping.akteurForm.kreis')}
        hint={t('mapping.akteurForm.kreisHint')}
        options={vocab.kreise.map((value) => ({ value, label: labels.kreis(value) }))}
        value={values.kreis}
        onChange={(kreis) => onChange({ kreis })}
        error={errors.kreis}
      />
      <TextAreaField id={akteurIds.beschreibung} label={t('mapping.akteurForm.beschreibung')} optional value={values.beschreibung} onChange={(beschreibung) => onChange({ beschreibung })} error={errors.beschreibung} />
      <fieldset className="kern-fieldset app-fieldset app-mapping-contact" aria-describedby={`${contactId}-hint`}>
        <legend className="kern-label">
          {t('mapping.akteurForm.kontakt')}
          <span className="kern-label__optional"> {t('common.optional')}</span>
        </legend>
        <p id={`${contactId}-hint`} className="kern-hint">
          {t('mapping.akteurForm.kontaktHint')}
        </p>
        <div className="kern-fieldset__body app-mapping-contact__fields">
          <FormField id={akteurIds.kontaktFunktion} label={t('mapping.akteurForm.kontaktFunktion')} hint={t('mapping.akteurForm.kontaktFunktionHint')} value={values.kontaktFunktion} onChange={(kontaktFunktion) => onChange({ kontaktFunktion })} error={errors.kontaktFunktion} />
          <FormField id={akteurIds.kontaktEmail} type="email" autoComplete="off" label={t('mapping.akteurForm.kontaktEmail')} hint={t('mapping.akteurForm.kontaktEmailHint')} value={values.kontaktEmail} onChange={(kontaktEmail) => onChange({ kontaktEmail })} error={errors.kontaktEmail} />
          <FormField id={akteurIds.kontaktTelefon} type="tel" autoComplete="off" label={t('mapping.akteurForm.kontaktTelefon')} value={values.kontaktTelefon} onChange={(kontaktTelefon) => onChange({ kontaktTelefon })} error={errors.kontaktTelefon} />
        </div>
      </fieldset>
      <SchoolMultiPicker
        id={akteurIds.standortIds}
        label={t('mapping.akteurForm.standorte')}
        hint={t('mapping.akteurForm.standorteHint')}
        kommuneId={kommuneId}
        values={values.standorte}
        onChange={(standorte) => onChange({ standorte })}
        error={errors.standortIds}
      />
      <CheckboxField id={akteurIds.geteilt} label={t('mapping.akteurForm.geteilt')} hint={t('mapping.akteurForm.geteiltHint')} checked={values.geteilt} onChange={(geteilt) => onChange({ geteilt })} error={errors.geteilt} />
    </>
  );
}
