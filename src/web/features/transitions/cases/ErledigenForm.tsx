import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { erledigenBody, erledigungsGruende, type ErledigungsGrund } from '../../../../domain/transitions/round-contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useFallAktion, useReloadFall, type FallDetail } from '../api.js';
import { useTransitionsLabels } from '../labels.js';
import { ConflictNotice } from './ConflictNotice.js';
import { showFallProblem } from './fallForms.js';

const fieldIds = { grund: 'fall-grund', notiz: 'fall-notiz' };

/** Closing a case with a reason; "sonstiger Grund" needs a note. */
export function ErledigenForm({ rundeId, fall, onDone }: { rundeId: string; fall: FallDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const aktion = useFallAktion(rundeId, fall.id);
  const reload = useReloadFall(rundeId, fall.id);
  const errors = useFormErrors();
  const [grund, setGrund] = useState<ErledigungsGrund | null>(null);
  const [notiz, setNotiz] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const checked = validate(erledigenBody, { grund: grund ?? undefined, notiz, version: fall.version }, { required: { grund: t('transitions.case.grundRequired') }, order: ['grund', 'notiz'] });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    aktion.mutate(
      { path: 'erledigen', body: { grund: checked.data.grund, notiz: checked.data.notiz, version: fall.version } },
      {
        onSuccess: (saved) => onDone(t('transitions.case.resolved', { grund: saved.grund ? labels.grund(saved.grund) : '' })),
        onError: (error) => setConflict(showFallProblem(errors, error, reload)),
      },
    );
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-trans-case-form">
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <SelectField
        id={fieldIds.grund}
        label={t('transitions.case.grund')}
        options={erledigungsGruende.map((g) => ({ id: g, label: labels.grund(g) }))}
        value={grund}
        onChange={(value) => setGrund(value as ErledigungsGrund | null)}
        error={errors.fields.grund}
        isRequired
        width="full"
      />
      <TextAreaField id={fieldIds.notiz} label={t('transitions.case.notiz')} hint={t('transitions.case.notizHint')} optional={grund !== 'sonstiges'} value={notiz} onChange={setNotiz} error={errors.fields.notiz} rows={3} />
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={aktion.isPending}>
          {t('transitions.case.erledigen')}
        </AppButton>
      </div>
    </Form>
  );
}
