import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { Kommune } from '../../../domain/directory/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useKommune } from './api.js';
import type { SchoolFilters, StartchancenFilter } from './filters.js';
import { KommuneComboBox } from './KommuneComboBox.js';

const ids = {
  kommuneId: 'verzeichnis-kommune',
  sozialraumId: 'verzeichnis-sozialraum',
  q: 'verzeichnis-suche',
  sozialindexMin: 'verzeichnis-index-von',
  sozialindexMax: 'verzeichnis-index-bis',
};
const anyIndex = 'beliebig';
const noSozialraum = 'alle';
const indexLevels = [1, 2, 3, 4, 5, 6, 7, 8, 9];

interface SchoolFilterFormProps {
  filters: SchoolFilters;
  kommunen: readonly Kommune[];
  schulformen: readonly string[];
  onApply: (filters: SchoolFilters) => void;
  onReset: () => void;
}

function CheckboxOption({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="kern-form-check app-check">
      <input id={id} type="checkbox" className="kern-form-check__checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id} className="kern-label">
        {label}
      </label>
    </div>
  );
}

/**
 * The filters of the school list. Changes take effect with "Filtern" (one request, one announced
 * result); the form follows the address when it changes from elsewhere (back button, links).
 */
export function SchoolFilterForm({ filters, kommunen, schulformen, onApply, onReset }: SchoolFilterFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const errors = useFormErrors();
  const [values, setValues] = useState(filters);
  const filtersKey = JSON.stringify(filters);
  const [shownKey, setShownKey] = useState(filtersKey);
  if (shownKey !== filtersKey) {
    // The address changed (filter applied, back button, link): show what the list now shows.
    setShownKey(filtersKey);
    setValues(filters);
  }
  const kommune = useKommune(values.kommuneId);
  const sozialraeume = values.kommuneId ? (kommune.data?.sozialraeume ?? []) : [];

  function set<K extends keyof SchoolFilters>(key: K, value: SchoolFilters[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { sozialindexMin: min, sozialindexMax: max } = values;
    if (!values.ohneSozialindex && min !== null && max !== null && min > max) {
      errors.showFieldErrors({ sozialindexMin: t('directory.indexRange') });
      return;
    }
    errors.clear();
    onApply({ ...values, q: values.q.trim() });
  }

  const indexOptions = [{ id: anyIndex, label: t('directory.anyIndex') }, ...indexLevels.map((level) => ({ id: String(level), label: String(level) }))];
  const startchancenOptions: Array<[StartchancenFilter, string]> = [
    ['alle', t('directory.startchancenAll')],
    ['ja', t('directory.startchancenYes')],
    ['nein', t('directory.startchancenNo')],
  ];

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-filter app-school-filter" role="search" aria-label={t('directory.filter')}>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <div className="app-school-filter__row">
        <KommuneComboBox
          id={ids.kommuneId}
          label={t('directory.kommune')}
          kommunen={kommunen}
          value={values.kommuneId}
          onChange={(kommuneId) => setValues((previous) => ({ ...previous, kommuneId, sozialraumId: null }))}
        />
        {values.kommuneId && (
          <SelectField
            id={ids.sozialraumId}
            label={t('directory.sozialraum')}
            hint={kommune.isSuccess && sozialraeume.length === 0 ? t('directory.noSozialraeumeShort') : undefined}
            value={values.sozialraumId ?? noSozialraum}
            onChange={(value) => set('sozialraumId', !value || value === noSozialraum ? null : value)}
            isDisabled={sozialraeume.length === 0}
            options={[
              { id: noSozialraum, label: t('directory.allSozialraeume') },
              ...sozialraeume.map((raum) => ({ id: raum.id, label: `${raum.name} (${t('directory.schoolCount', { count: raum.schulen })})` })),
            ]}
          />
        )}
        <FormField id={ids.q} label={t('directory.search')} hint={t('directory.searchHint')} type="search" value={values.q} onChange={(q) => set('q', q)} />
      </div>

      <fieldset className="kern-fieldset app-school-filter__group">
        <legend className="kern-label">{t('directory.schulform')}</legend>
        <div className="kern-fieldset__body app-check-grid">
          {schulformen.map((schulform, index) => (
            <CheckboxOption
              key={schulform}
              id={`${baseId}-schulform-${index}`}
              label={schulform}
              checked={values.schulformen.includes(schulform)}
              onChange={(checked) =>
                set('schulformen', checked ? [...values.schulformen, schulform] : values.schulformen.filter((s) => s !== schulform))
              }
            />
          ))}
        </div>
      </fieldset>

      <div className="app-school-filter__row">
        <div className="app-index-field">
          <SelectField
            id={ids.sozialindexMin}
            label={t('directory.indexFrom')}
            value={values.sozialindexMin === null ? anyIndex : String(values.sozialindexMin)}
            onChange={(value) => set('sozialindexMin', !value || value === anyIndex ? null : Number(value))}
            options={indexOptions}
            isDisabled={values.ohneSozialindex}
            error={errors.fields.sozialindexMin}
          />
        </div>
        <div className="app-index-field">
          <SelectField
            id={ids.sozialindexMax}
            label={t('directory.indexTo')}
            value={values.sozialindexMax === null ? anyIndex : String(values.sozialindexMax)}
            onChange={(value) => set('sozialindexMax', !value || value === anyIndex ? null : Number(value))}
            options={indexOptions}
            isDisabled={values.ohneSozialindex}
          />
        </div>
        <div className="app-school-filter__check">
          <CheckboxOption
            id={`${baseId}-ohne-index`}
            label={t('directory.withoutIndex')}
            checked={values.ohneSozialindex}
            onChange={(checked) => set('ohneSozialindex', checked)}
          />
        </div>
      </div>
      <p className="kern-body kern-body--small app-muted app-school-filter__note">{t('directory.indexHint')}</p>
      <fieldset className="kern-fieldset app-school-filter__group app-school-filter__startchancen">
        <legend className="kern-label">{t('directory.startchancenFilter')}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {startchancenOptions.map(([value, label]) => (
            <div key={value} className="kern-form-check app-check">
              <input
                id={`${baseId}-startchancen-${value}`}
                type="radio"
                name={`${baseId}-startchancen`}
                className="kern-form-check__radio"
                checked={values.startchancen === value}
                onChange={() => set('startchancen', value)}
              />
              <label htmlFor={`${baseId}-startchancen-${value}`} className="kern-label">
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="app-filter__actions app-actions">
        <AppButton type="submit" icon="search">
          {t('directory.applyFilter')}
        </AppButton>
        <AppButton variant="secondary" onPress={onReset}>
          {t('directory.resetFilter')}
        </AppButton>
      </div>
    </Form>
  );
}
