import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { transferAntwortenBody } from '../../../../domain/transfer/contracts.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useTransferAktion, type TransferDetail } from '../api.js';
import { showSaveProblem } from '../forms.js';
import { useTransferLabels, vocab } from '../labels.js';
import { ConflictNotice } from '../parts.js';

const fieldId = (frageId: string) => `antwort-${frageId}`;

/** The providing Kommune answers the chosen questions (and may improve its answers while the transfer runs). */
export function AntwortenForm({ transfer, onDone }: { transfer: TransferDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const aktion = useTransferAktion(transfer.id);
  const errors = useFormErrors();
  const [antworten, setAntworten] = useState<Record<string, string>>(() => Object.fromEntries(transfer.fragen.map((f) => [f.frageId, f.antwort ?? ''])));
  const [conflict, setConflict] = useState<string | null>(null);
  const fieldIds = Object.fromEntries(transfer.fragen.map((f) => [f.frageId, fieldId(f.frageId)]));
  const ordered = vocab.dimensionen.flatMap((d) => transfer.fragen.filter((f) => f.dimension === d));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const filled = ordered.filter((f) => (antworten[f.frageId] ?? '').trim() !== '').map((f) => ({ frageId: f.frageId, antwort: antworten[f.frageId]! }));
    if (filled.length === 0) return errors.showFieldErrors({ [ordered[0]!.frageId]: t('transfer.process.antwortRequired') });
    const parsed = transferAntwortenBody.safeParse({ antworten: filled, version: transfer.version });
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const index = issue.path[1];
        const frage = typeof index === 'number' ? filled[index] : undefined;
        const key = frage?.frageId ?? '_form';
        if (!(key in found)) found[key] = issue.message;
      }
      return errors.showFieldErrors(found);
    }
    errors.clear();
    aktion.mutate(
      { path: 'antworten', body: parsed.data },
      {
        onSuccess: (saved) => onDone(t('transfer.process.answered', { count: saved.fragen.filter((f) => f.antwort).length, total: saved.fragen.length })),
        onError: (error) => setConflict(showSaveProblem(errors, error, (path) => (path[0] === 'antworten' && path[1] !== undefined ? (filled[Number(path[1])]?.frageId ?? '_form') : (path[0] ?? '_form')))),
      },
    );
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-lern-form" aria-label={t('transfer.process.antwortenForm')}>
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <p className="kern-body app-lern-text">{t('transfer.process.antwortenHint')}</p>
      {vocab.dimensionen.map((d) => {
        const fragen = transfer.fragen.filter((f) => f.dimension === d);
        if (fragen.length === 0) return null;
        return (
          <fieldset key={d} className="kern-fieldset app-fieldset app-lern-answer-group">
            <legend className="kern-title app-lern-answer-group__legend">{labels.dimension(d)}</legend>
            <div className="app-form">
              {fragen.map((f) => (
                <TextAreaField
                  key={f.frageId}
                  id={fieldId(f.frageId)}
                  label={f.frage}
                  value={antworten[f.frageId] ?? ''}
                  onChange={(value) => setAntworten((a) => ({ ...a, [f.frageId]: value }))}
                  error={errors.fields[f.frageId]}
                  rows={3}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="app-actions">
        <AppButton type="submit" icon="check" isPending={aktion.isPending}>
          {t('transfer.process.antwortenSubmit')}
        </AppButton>
      </div>
    </Form>
  );
}
