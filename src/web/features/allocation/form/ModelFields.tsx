import { useTranslation } from 'react-i18next';
import { Input, Label, TextField } from 'react-aria-components';
import { einheitCodes, gewichtungsArten, verfahrenCodes, type Bereich, type Einheit } from '../../../../domain/allocation/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { FormField } from '../../../components/FormField.js';
import { Icon } from '../../../components/Icon.js';
import { MultiSelectComboBox } from '../../../components/MultiSelectComboBox.js';
import { ChoiceFieldset, RadioGroupField } from '../../../components/RadioGroupField.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { cx } from '../../../lib/cx.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useAllocationLabels } from '../labels.js';
import { fieldIds, linearFaktoren, nrwPreset, stufenKeys, type KommuneChoice, type ModelValues } from './values.js';

export interface ModelFieldsProps {
  values: ModelValues;
  onChange: (patch: Partial<ModelValues>) => void;
  errors: FieldErrors;
  /** Where the person may plan (create only; when editing, `fixedScope` names the scope). */
  bereiche: readonly Bereich[];
  fixedScope?: Bereich;
  schulformen: readonly string[];
  /** When the scope is a Land: its Kommunen, to narrow the model to some of them. */
  kommunen: readonly Bereich[];
}

const stufeOptions = stufenKeys.map((k) => ({ id: k, label: k }));

/** "Stellen" or "Euro" in hints about amounts. */
const massKey = (einheit: Einheit) => (einheit === 'euro' ? 'euro' : 'stellen');

/** The fields of the model form, in four groups: scenario, pool and method, schools, weighting and bounds. */
export function ModelFields({ values, onChange, errors, bereiche, fixedScope, schulformen, kommunen }: ModelFieldsProps) {
  const { t } = useTranslation();
  const labels = useAllocationLabels();
  const bereich = fixedScope ?? bereiche.find((b) => b.id === values.scopeId);
  const mass = t(`allocation.form.mass.${massKey(values.einheit)}`);
  const setFaktor = (key: (typeof stufenKeys)[number], text: string) => onChange({ faktoren: { ...values.faktoren, [key]: text } });
  // One line per factor under the grid: the fields are too narrow for a sentence each.
  const faktorError = (key: (typeof stufenKeys)[number]) => errors[`gewichtung.faktoren.${key}`] ?? (key === '1' ? errors['gewichtung.faktoren'] : undefined);

  return (
    <>
      <section className="app-alloc-form__group" aria-labelledby="modell-gruppe-szenario">
        <h2 id="modell-gruppe-szenario" className="kern-heading-small app-alloc-form__title">
          {t('allocation.form.groupSzenario')}
        </h2>
        {fixedScope ? (
          <p className="kern-body app-alloc-form__fixed" id={fieldIds.scopeId} tabIndex={-1}>
            <strong>{t('allocation.form.scope')}:</strong> {fixedScope.name} ({labels.bereichTyp(fixedScope.typ)}) – {t('allocation.form.scopeFixed')}
          </p>
        ) : (
          <SelectField
            id={fieldIds.scopeId!}
            label={t('allocation.form.scope')}
            hint={t('allocation.form.scopeHint')}
            isRequired
            options={bereiche.map((b) => ({ id: b.id, label: `${b.name} (${labels.bereichTyp(b.typ)})` }))}
            value={values.scopeId}
            onChange={(scopeId) => onChange({ scopeId, kommunen: [] })}
            error={errors.scopeId}
          />
        )}
        <FormField id={fieldIds.name!} label={t('allocation.form.name')} hint={t('allocation.form.nameHint')} isRequired value={values.name} onChange={(name) => onChange({ name })} error={errors.name} width="full" />
        <TextAreaField
          id={fieldIds.beschreibung!}
          label={t('allocation.form.beschreibung')}
          hint={t('allocation.form.beschreibungHint')}
          optional
          rows={3}
          value={values.beschreibung}
          onChange={(beschreibung) => onChange({ beschreibung })}
          error={errors.beschreibung}
        />
      </section>

      <section className="app-alloc-form__group" aria-labelledby="modell-gruppe-pool">
        <h2 id="modell-gruppe-pool" className="kern-heading-small app-alloc-form__title">
          {t('allocation.form.groupPool')}
        </h2>
        <RadioGroupField<Einheit>
          id={fieldIds.einheit!}
          name="modell-einheit"
          legend={t('allocation.form.einheit')}
          hint={t('allocation.form.einheitHint')}
          options={einheitCodes.map((value) => ({ value, label: labels.einheit(value) }))}
          value={values.einheit}
          onChange={(einheit) => onChange({ einheit })}
          error={errors.einheit}
          horizontal
        />
        <FormField
          id={fieldIds.summe!}
          label={t('allocation.form.summe', { mass })}
          hint={t('allocation.form.summeHint')}
          isRequired
          inputMode="decimal"
          value={values.summe}
          onChange={(summe) => onChange({ summe })}
          error={errors.summe}
        />
        <RadioGroupField
          id={fieldIds.verfahren!}
          name="modell-verfahren"
          legend={t('allocation.form.verfahren')}
          options={verfahrenCodes.map((value) => ({ value, label: labels.verfahren(value), hint: labels.verfahrenHint(value) }))}
          value={values.verfahren}
          onChange={(verfahren) => onChange({ verfahren })}
          error={errors.verfahren}
        />
      </section>

      <section className="app-alloc-form__group" aria-labelledby={fieldIds.auswahl}>
        <h2 id={fieldIds.auswahl} tabIndex={-1} className="kern-heading-small app-alloc-form__title">
          {t('allocation.form.groupAuswahl')}
        </h2>
        {errors.auswahl && (
          <p className="kern-error app-error-line" id={`${fieldIds.auswahl}-error`}>
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{errors.auswahl}</span>
          </p>
        )}
        {bereich?.typ === 'land' && (
          <MultiSelectComboBox
            id={fieldIds['auswahl.kommuneIds']!}
            label={t('allocation.form.kommunen')}
            hint={t('allocation.form.kommunenHint', { land: bereich.name })}
            options={kommunen}
            toValue={(k): KommuneChoice => ({ id: k.id, name: k.name })}
            // A Land has hundreds of Kommunen: typing narrows the list.
            limit={100}
            buttonLabel={t('allocation.form.showKommunen')}
            noMatchText={t('allocation.form.noKommune')}
            emptyText={t('allocation.form.alleKommunen')}
            listLabel={t('allocation.form.chosenKommunen')}
            removeLabel={(name) => t('allocation.form.removeKommune', { name })}
            values={values.kommunen}
            onChange={(next) => onChange({ kommunen: next })}
            error={errors['auswahl.kommuneIds']}
          />
        )}
        <ChoiceFieldset id={fieldIds['auswahl.schulformen']!} legend={t('allocation.form.schulformen')} hint={t('allocation.form.schulformenHint')} error={errors['auswahl.schulformen']}>
          <div className="app-alloc-check-grid">
            {schulformen.map((form, index) => {
              const inputId = index === 0 ? fieldIds['auswahl.schulformen']! : `${fieldIds['auswahl.schulformen']}-${index}`;
              return (
                <div key={form} className="kern-form-check app-check">
                  <input
                    id={inputId}
                    type="checkbox"
                    className="kern-form-check__checkbox"
                    checked={values.schulformen.includes(form)}
                    aria-invalid={errors['auswahl.schulformen'] ? true : undefined}
                    onChange={(event) =>
                      onChange({ schulformen: event.target.checked ? [...values.schulformen, form] : values.schulformen.filter((f) => f !== form) })
                    }
                  />
                  <label htmlFor={inputId} className="kern-label">
                    {form}
                  </label>
                </div>
              );
            })}
          </div>
        </ChoiceFieldset>
        <div className="app-alloc-form__row">
          <SelectField
            id={fieldIds['auswahl.sozialindexVon']!}
            label={t('allocation.form.indexVon')}
            options={[{ id: 'alle', label: t('allocation.form.indexOffen') }, ...stufeOptions]}
            value={values.sozialindexVon === '' ? 'alle' : values.sozialindexVon}
            onChange={(v) => onChange({ sozialindexVon: v === null || v === 'alle' ? '' : v })}
            error={errors['auswahl.sozialindexVon']}
          />
          <SelectField
            id={fieldIds['auswahl.sozialindexBis']!}
            label={t('allocation.form.indexBis')}
            options={[{ id: 'alle', label: t('allocation.form.indexOffen') }, ...stufeOptions]}
            value={values.sozialindexBis === '' ? 'alle' : values.sozialindexBis}
            onChange={(v) => onChange({ sozialindexBis: v === null || v === 'alle' ? '' : v })}
            error={errors['auswahl.sozialindexBis']}
          />
        </div>
        <div className="kern-form-check app-check">
          <input
            id={fieldIds['auswahl.nurStartchancen']}
            type="checkbox"
            className="kern-form-check__checkbox"
            checked={values.nurStartchancen}
            onChange={(event) => onChange({ nurStartchancen: event.target.checked })}
          />
          <label htmlFor={fieldIds['auswahl.nurStartchancen']} className="kern-label">
            {t('allocation.form.nurStartchancen')}
          </label>
        </div>
        <RadioGroupField<'ausschliessen' | 'stufe'>
          id={fieldIds['auswahl.ohneSozialindex']!}
          name="modell-ohne-index"
          legend={t('allocation.form.ohneIndex')}
          hint={t('allocation.form.ohneIndexHint')}
          options={[
            { value: 'ausschliessen', label: t('allocation.form.ohneIndexAus') },
            { value: 'stufe', label: t('allocation.form.ohneIndexStufe') },
          ]}
          value={values.ohneSozialindex}
          onChange={(ohneSozialindex) => onChange({ ohneSozialindex })}
          error={errors['auswahl.ohneSozialindex']}
        />
        {values.ohneSozialindex === 'stufe' && (
          <SelectField
            id="modell-ersatz-stufe"
            label={t('allocation.form.ersatzStufe')}
            options={stufeOptions}
            value={values.ersatzStufe}
            onChange={(v) => onChange({ ersatzStufe: v ?? '5' })}
          />
        )}
      </section>

      <section className="app-alloc-form__group" aria-labelledby={fieldIds.gewichtung}>
        <h2 id={fieldIds.gewichtung} tabIndex={-1} className="kern-heading-small app-alloc-form__title">
          {t('allocation.form.groupGewichtung')}
        </h2>
        <RadioGroupField
          id="modell-gewichtung-art"
          name="modell-gewichtung-art"
          legend={t('allocation.form.art')}
          options={gewichtungsArten.map((value) => ({ value, label: labels.art(value), hint: labels.artHint(value) }))}
          value={values.art}
          onChange={(art) => onChange({ art })}
          error={errors.gewichtung ?? errors['gewichtung.art']}
        />
        {values.art === 'sockel-index' && (
          <FormField
            id={fieldIds['gewichtung.sockelProzent']!}
            label={t('allocation.form.sockel')}
            hint={t('allocation.form.sockelHint')}
            inputMode="numeric"
            value={values.sockelProzent}
            onChange={(sockelProzent) => onChange({ sockelProzent })}
            error={errors['gewichtung.sockelProzent']}
          />
        )}
        <fieldset className="kern-fieldset app-fieldset app-alloc-faktoren" aria-describedby="modell-faktoren-hint">
          <legend className="kern-label">{t('allocation.form.faktoren')}</legend>
          <p id="modell-faktoren-hint" className="kern-hint">
            {t('allocation.form.faktorenHint')}
          </p>
          <div className="app-alloc-faktoren__presets" role="group" aria-label={t('allocation.form.presets')}>
            <AppButton variant="secondary" small onPress={() => onChange({ faktoren: linearFaktoren() })}>
              {t('allocation.form.presetLinear')}
            </AppButton>
            <AppButton variant="secondary" small onPress={() => onChange({ ...nrwPreset, faktoren: linearFaktoren() })}>
              {t('allocation.form.presetNrw')}
            </AppButton>
          </div>
          <div className="app-alloc-faktoren__grid">
            {stufenKeys.map((key) => {
              const error = faktorError(key);
              return (
                <TextField
                  key={key}
                  id={fieldIds[`gewichtung.faktoren.${key}`]!}
                  value={values.faktoren[key]}
                  onChange={(text) => setFaktor(key, text)}
                  isInvalid={Boolean(error)}
                  validationBehavior="aria"
                  inputMode="decimal"
                  aria-describedby={error ? `${fieldIds[`gewichtung.faktoren.${key}`]}-error` : undefined}
                  className={cx('kern-form-input', 'app-field', 'app-alloc-faktor', error && 'app-alloc-faktor--error')}
                >
                  <Label className="kern-label">{t('allocation.form.stufe', { stufe: key })}</Label>
                  <Input className={cx('kern-form-input__input', error && 'kern-form-input__input--error')} />
                </TextField>
              );
            })}
          </div>
          {stufenKeys.some((key) => faktorError(key)) && (
            <ul className="app-alloc-faktoren__errors">
              {stufenKeys.map((key) => {
                const error = faktorError(key);
                return error ? (
                  <li key={key} id={`${fieldIds[`gewichtung.faktoren.${key}`]}-error`} className="kern-error">
                    <Icon name="danger" />
                    <span className="kern-body">{t('allocation.form.faktorError', { stufe: key, message: error })}</span>
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </fieldset>
      </section>

      <section className="app-alloc-form__group" aria-labelledby="modell-gruppe-grenzen">
        <h2 id="modell-gruppe-grenzen" className="kern-heading-small app-alloc-form__title">
          {t('allocation.form.groupGrenzen')}
        </h2>
        <div className="app-alloc-form__row">
          <FormField
            id={fieldIds.untergrenze!}
            label={t('allocation.form.untergrenze', { mass })}
            hint={t('allocation.form.untergrenzeHint')}
            optional
            inputMode="decimal"
            value={values.untergrenze}
            onChange={(untergrenze) => onChange({ untergrenze })}
            error={errors.untergrenze}
          />
          <FormField
            id={fieldIds.obergrenze!}
            label={t('allocation.form.obergrenze', { mass })}
            hint={t('allocation.form.obergrenzeHint')}
            optional
            inputMode="decimal"
            value={values.obergrenze}
            onChange={(obergrenze) => onChange({ obergrenze })}
            error={errors.obergrenze}
          />
        </div>
        <FormField id={fieldIds.seed!} label={t('allocation.form.seed')} hint={t('allocation.form.seedHint')} optional value={values.seed} onChange={(seed) => onChange({ seed })} error={errors.seed} />
      </section>
    </>
  );
}
