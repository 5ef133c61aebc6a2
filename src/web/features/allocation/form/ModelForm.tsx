import { useMemo, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { Bereich, ModellInput } from '../../../../domain/allocation/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import type { FormErrorsApi } from '../../../lib/useFormErrors.js';
import { useSchulformen } from '../../directory/api.js';
import { useVorschau } from '../api.js';
import { ModelFields } from './ModelFields.js';
import { PreviewPanel } from './PreviewPanel.js';
import { useDebouncedValue } from './useDebouncedValue.js';
import { checkForm, checkModell, fieldIds, type ModelValues } from './values.js';

/** Pause after the last change before the preview is computed. */
export const PREVIEW_DELAY = 400;

interface ModelFormProps {
  /** Accessible name of the form. */
  label: string;
  /** Where the person may plan: the scopes to choose from (create), and the Kommunen a Land's model may be narrowed to. */
  bereiche: readonly Bereich[];
  /** When editing: the scenario's scope, which cannot change. */
  fixedScope?: Bereich;
  submitLabel: string;
  isPending: boolean;
  errors: FormErrorsApi;
  /** A checked model; the seed of the preview is filled in when the person gave none, so saving gives what the preview showed. */
  onSave: (values: ModelValues, modell: ModellInput) => void;
  /** Shown above the error summary (e.g. a conflict). */
  notice?: ReactNode;
  /** Kept in the parent, so a conflict can reset the form to the stored scenario. */
  values: ModelValues;
  onValuesChange: (values: ModelValues) => void;
}

/** The model form with its live preview: used to create a scenario and to save a new version. */
export function ModelForm({ label, bereiche, fixedScope, submitLabel, isPending, errors, onSave, notice, values, onValuesChange }: ModelFormProps) {
  const { t } = useTranslation();
  const schulformen = useSchulformen();
  const scope = fixedScope ?? bereiche.find((b) => b.id === values.scopeId);
  // Only the Land's own Kommunen may narrow its model.
  const kommunen = useMemo(() => (scope?.typ === 'land' ? bereiche.filter((b) => b.typ === 'kommune' && b.landId === scope.id) : []), [bereiche, scope?.typ, scope?.id]);

  const messages = useMemo(() => ({ summeRequired: t('allocation.form.summeRequired'), sockelRequired: t('allocation.form.sockelRequired') }), [t]);
  const check = useMemo(() => checkModell(values, messages), [values, messages]);
  // The preview follows the model once it has not changed for a moment.
  const modellKey = check.ok ? JSON.stringify(check.modell) : null;
  const settledKey = useDebouncedValue(modellKey, PREVIEW_DELAY);
  const settledModell = useMemo(() => (settledKey ? (JSON.parse(settledKey) as ModellInput) : null), [settledKey]);
  const preview = useVorschau(settledModell ? values.scopeId : null, settledModell);
  const current = settledKey === modellKey && !preview.isPlaceholderData;
  const stale = !current || preview.isFetching;

  function change(patch: Partial<ModelValues>) {
    onValuesChange({ ...values, ...patch });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkForm(values, t('allocation.form.scopeRequired'), check);
    if (Object.keys(found).length > 0 || !check.ok) return errors.showFieldErrors(found);
    errors.clear();
    const seed = check.modell.seed ?? (current && preview.data ? preview.data.modell.seed : undefined);
    onSave(values, seed ? { ...check.modell, seed } : check.modell);
  }

  return (
    <div className="app-alloc-form">
      <div className="app-alloc-form__main">
        {notice}
        <ErrorSummary errors={errors} fieldIds={fieldIds} />
        <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-alloc-form__form" aria-label={label}>
          <ModelFields
            values={values}
            onChange={change}
            errors={errors.fields}
            bereiche={bereiche}
            fixedScope={fixedScope}
            schulformen={schulformen.data?.items ?? values.schulformen}
            kommunen={kommunen}
          />
          <div className="app-actions">
            <AppButton type="submit" icon="check" isPending={isPending}>
              {submitLabel}
            </AppButton>
          </div>
        </Form>
      </div>
      <aside className="app-alloc-form__aside" aria-labelledby="modell-vorschau-titel">
        <PreviewPanel noScope={!values.scopeId} open={check.ok ? null : check.errors} preview={preview} stale={stale} />
      </aside>
    </div>
  );
}
