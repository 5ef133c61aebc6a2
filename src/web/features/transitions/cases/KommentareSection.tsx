import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { kommentarBody } from '../../../../domain/transitions/round-contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Section } from '../../../components/Section.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { formatDateTime } from '../../../lib/format.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useFallAktion, useReloadFall, type FallDetail } from '../api.js';
import { showFallProblem } from './fallForms.js';

const fieldIds = { text: 'fall-kommentar' };

/** Notes of everyone working on the case, oldest first, and a field for the next one. */
export function KommentareSection({ rundeId, fall, offen, onDone }: { rundeId: string; fall: FallDetail; offen: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const aktion = useFallAktion(rundeId, fall.id);
  const reload = useReloadFall(rundeId, fall.id);
  const errors = useFormErrors();
  const [text, setText] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(kommentarBody, { text }, { order: ['text'] });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    aktion.mutate(
      { path: 'kommentare', body: checked.data },
      {
        onSuccess: () => {
          setText('');
          onDone(t('transitions.case.commented'));
        },
        onError: (error) => void showFallProblem(errors, error, reload),
      },
    );
  }

  return (
    <Section title={t('transitions.case.kommentare', { count: fall.kommentare.length })}>
      {fall.kommentare.length === 0 ? (
        <p className="kern-body app-muted app-trans-no-comments">{t('transitions.case.keineKommentare')}</p>
      ) : (
        <ol className="app-trans-comments">
          {fall.kommentare.map((k) => (
            <li key={k.id} className="app-trans-comment">
              <p className="kern-body app-trans-comment__meta">
                <strong>{k.autor}</strong> · {formatDateTime(k.erstelltAm)}
              </p>
              <p className="kern-body app-trans-comment__text">{k.text}</p>
            </li>
          ))}
        </ol>
      )}
      {offen && (
        <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-trans-case-form">
          <ErrorSummary errors={errors} fieldIds={fieldIds} />
          <TextAreaField id={fieldIds.text} label={t('transitions.case.kommentarNeu')} hint={t('transitions.case.kommentarHint')} value={text} onChange={setText} error={errors.fields.text} rows={3} />
          <div className="app-actions">
            <AppButton type="submit" variant="secondary" isPending={aktion.isPending}>
              {t('transitions.case.kommentieren')}
            </AppButton>
          </div>
        </Form>
      )}
    </Section>
  );
}
