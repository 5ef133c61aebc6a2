import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { SelectField } from '../../../components/SelectField.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useFallAktion, useReloadFall, type FallDetail } from '../api.js';
import { ConflictNotice } from './ConflictNotice.js';
import { showFallProblem } from './fallForms.js';

const NIEMAND = 'niemand';
const fieldIds = { schuleId: 'fall-zuweisung' };

/** The coordinator hands the case to a school of the round (or takes it back). */
export function ZuweisungForm({ rundeId, fall, onDone }: { rundeId: string; fall: FallDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useFallAktion(rundeId, fall.id);
  const reload = useReloadFall(rundeId, fall.id);
  const errors = useFormErrors();
  const stored = fall.zugewiesen?.id ?? NIEMAND;
  const [schuleId, setSchuleId] = useState<string>(stored);
  // A choice not yet saved stays; otherwise the select follows the stored assignment (also someone else's).
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) setSchuleId(stored);
  }, [stored, dirty]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    errors.clear();
    aktion.mutate(
      { path: 'zuweisung', body: { schuleId: schuleId === NIEMAND ? null : schuleId, version: fall.version } },
      {
        onSuccess: (saved) => {
          setDirty(false);
          onDone(saved.zugewiesen ? t('transitions.case.assigned', { schule: saved.zugewiesen.name }) : t('transitions.case.unassigned'));
        },
        onError: (error) => setConflict(showFallProblem(errors, error, reload)),
      },
    );
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-trans-case-form">
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <SelectField
        id={fieldIds.schuleId}
        label={t('transitions.case.zuweisenAn')}
        hint={t('transitions.case.zuweisenHint')}
        options={[{ id: NIEMAND, label: t('transitions.case.niemand') }, ...fall.schulen.map((s) => ({ id: s.id, label: s.name }))]}
        value={schuleId}
        onChange={(value) => {
          setSchuleId(value ?? NIEMAND);
          setDirty(true);
        }}
        error={errors.fields.schuleId}
      />
      <div className="app-actions">
        <AppButton type="submit" variant="secondary" isPending={aktion.isPending}>
          {t('transitions.case.zuweisen')}
        </AppButton>
      </div>
    </Form>
  );
}
