import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { protokollBody, type Treffen } from '../../../../domain/networks/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { useSaveMinutes } from './api.js';
import { ButtonLink, showProblem } from './parts.js';
import { useMeetingPart } from './useMeetingPart.js';

const selectMinutes = (t: Treffen) => t.protokoll ?? '';
const minutesId = 'protokoll-text';

export function MinutesSection({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  // Guests get no minutes and no results at all (null, not empty).
  if (treffen.meineRolle === 'gast' || treffen.ergebnisse === null) {
    return <Alert variant="info" title={t('meetings.minutes.guestTitle')}>
      <p className="kern-body">{t('meetings.minutes.guestNote')}</p>
    </Alert>;
  }
  return (
    <>
      {treffen.meineRolle === 'moderation' ? <MinutesEditor treffen={treffen} /> : <MinutesText text={treffen.protokoll} />}
      {treffen.hatProtokoll && <PdfLink treffenId={treffen.id} />}
    </>
  );
}

function PdfLink({ treffenId }: { treffenId: string }) {
  const { t } = useTranslation();
  return (
    <div className="app-meetings-pdf">
      <ButtonLink href={`/api/treffen/${encodeURIComponent(treffenId)}/protokoll.pdf`} icon="download" download describedBy="protokoll-pdf-hinweis">
        {t('meetings.minutes.pdf')}
      </ButtonLink>
      <p id="protokoll-pdf-hinweis" className="kern-body kern-body--small app-muted">
        {t('meetings.minutes.pdfHint')}
      </p>
    </div>
  );
}

function MinutesText({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (!text || !text.trim()) return <p className="kern-body app-muted">{t('meetings.minutes.empty')}</p>;
  return (
    <div className="app-meetings-minutes">
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph, index) => (
          <p key={index} className="kern-body app-meetings-pre">
            {paragraph.trim()}
          </p>
        ))}
    </div>
  );
}

function MinutesEditor({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const save = useSaveMinutes(treffen.id);
  const part = useMeetingPart(treffen, selectMinutes);
  const errors = useFormErrors();
  const stored = selectMinutes(treffen);
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // Until the person types, the field follows what is stored.
  useEffect(() => {
    if (dirty) return;
    setText(stored);
    part.rebase(treffen);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored, dirty]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = protokollBody.safeParse({ protokoll: text, version: treffen.version });
    if (!parsed.success) return errors.showFieldErrors({ protokoll: parsed.error.issues[0]?.message ?? '' });
    errors.clear();
    setSaving(true);
    try {
      const ok = await part.save((version) => save.mutateAsync({ protokoll: text, version }));
      if (ok) {
        setDirty(false);
        setMessage(t('meetings.minutes.saved'));
      }
    } catch (error) {
      showProblem(errors, error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={{ protokoll: minutesId }} />
      {part.conflict !== null && (
        <Alert variant="warning" role="alert" title={t('meetings.conflict.title')}>
          <p className="kern-body">{t('meetings.conflict.minutes')}</p>
          <details className="app-details app-meetings-conflict-text">
            <summary className="kern-body">{t('meetings.conflict.showStored')}</summary>
            <MinutesText text={part.conflict} />
          </details>
          <div className="app-actions">
            <AppButton
              variant="secondary"
              onPress={() => {
                setText(part.takeTheirs());
                setDirty(false);
              }}
            >
              {t('meetings.conflict.takeTheirs')}
            </AppButton>
            <AppButton variant="secondary" onPress={part.keepMine}>
              {t('meetings.conflict.keepMine')}
            </AppButton>
          </div>
        </Alert>
      )}
      <Form onSubmit={(event) => void onSubmit(event)} validationBehavior="aria" className="app-form app-meetings-minutes-form" aria-label={t('meetings.minutes.formLabel')}>
        <TextAreaField
          id={minutesId}
          label={t('meetings.minutes.label')}
          hint={t('meetings.minutes.hint')}
          value={text}
          onChange={(value) => {
            setText(value);
            setDirty(true);
            setMessage(null);
          }}
          error={errors.fields.protokoll}
          rows={12}
          width="full"
        />
        <StatusMessage message={message} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={saving}>
            {t('meetings.minutes.save')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
