import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { ergebnisBody, weitergabeBody, type Ergebnis, type Mitglied, type Treffen } from '../../../../domain/networks/contracts.js';
import { ergebnisArten, type ErgebnisArt, type VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppDialog } from '../../../components/AppDialog.js';
import { AppLink } from '../../../components/AppLink.js';
import { Badge } from '../../../components/Badge.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { DetailList } from '../../../components/DetailList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { SelectField } from '../../../components/SelectField.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { errorMessage } from '../../../lib/errors.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors, type FormErrorsApi } from '../../../lib/useFormErrors.js';
import { useCurrentSession } from '../../identity/session.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { useMitglieder } from '../api.js';
import { useCreateErgebnis, useDeleteErgebnis, useEmpfaenger, usePassOn, useSetErgebnisStatus, useUpdateErgebnis, type ErgebnisBody } from './api.js';
import { instantDate } from './format.js';
import { DueDate, focusAfterDialog, settle, showProblem, statusCodes, StatusBadge, StatusMenu } from './parts.js';

const kinds = Object.keys(ergebnisArten) as ErgebnisArt[];
const nobody = 'niemand';

/** Long texts in button names and dialog titles: the start is enough to tell entries apart. */
export function shortText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function ResultsSection({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [message, setMessage] = useState<string | null>(null);
  const moderation = treffen.meineRolle === 'moderation';
  const mitglieder = useMitglieder(treffen.netzwerk.id, moderation);

  if (treffen.ergebnisse === null) return <p className="kern-body app-muted">{t('meetings.results.guestNote')}</p>;
  return (
    <>
      <StatusMessage message={message} />
      {treffen.ergebnisse.length === 0 ? (
        <p className="kern-body app-muted">{t('meetings.results.empty')}</p>
      ) : (
        <ul className="app-plain-list app-meetings-results" aria-label={t('meetings.results.listLabel')}>
          {treffen.ergebnisse.map((ergebnis) => (
            <li key={ergebnis.id}>
              <ResultCard ergebnis={ergebnis} treffen={treffen} moderation={moderation} isOwner={ergebnis.verantwortlich?.id === session.user.id} mitglieder={mitglieder.data?.items ?? []} onMessage={setMessage} />
            </li>
          ))}
        </ul>
      )}
      {moderation &&
        (mitglieder.isError ? (
          <QueryError error={mitglieder.error} onRetry={() => void mitglieder.refetch()} />
        ) : mitglieder.isPending ? (
          <Loading />
        ) : (
          <AddResult treffen={treffen} mitglieder={mitglieder.data.items} onMessage={setMessage} />
        ))}
    </>
  );
}

function ResultCard({ ergebnis, treffen, moderation, isOwner, mitglieder, onMessage }: { ergebnis: Ergebnis; treffen: Treffen; moderation: boolean; isOwner: boolean; mitglieder: Mitglied[]; onMessage: (m: string | null) => void }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'edit' | 'pass' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const setStatus = useSetErgebnisStatus();
  const agreement = ergebnis.art === 'vereinbarung';
  const kind = t(`meetings.resultKinds.${ergebnis.art}`);
  const short = shortText(ergebnis.text);

  function changeStatus(status: VereinbarungStatus) {
    setError(null);
    onMessage(null);
    setStatus.mutate(
      { ergebnis, status },
      {
        onSuccess: () => onMessage(t('meetings.results.statusChanged', { text: short, status: t(`meetings.agreementStatus.${status}`) })),
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  const rows: Array<[string, ReactNode]> = agreement
    ? [
        [t('meetings.results.owner'), ergebnis.verantwortlich?.name ?? <span className="app-muted">{t('meetings.results.noOwner')}</span>],
        [t('meetings.results.due'), <DueDate ergebnis={ergebnis} />],
        [t('meetings.results.status'), <StatusBadge status={ergebnis.status} />],
      ]
    : [];

  return (
    <article className="kern-card kern-card--hug app-meetings-result" aria-label={`${kind}: ${short}`}>
      <div className="kern-card__container">
        <div className="kern-card__body">
          <p className="kern-body app-meetings-result__kind">
            <Badge variant={agreement ? 'warning' : 'info'}>{kind}</Badge>
          </p>
          <p className="kern-body app-meetings-pre app-meetings-result__text">{ergebnis.text}</p>
          {rows.length > 0 && <DetailList rows={rows} className="app-meetings-details" />}
          <Weitergaben ergebnis={ergebnis} />
          {error && (
            <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
              <p className="kern-body">{error}</p>
            </Alert>
          )}
          {(moderation || (agreement && isOwner)) && (
            <div className="app-actions app-meetings-result__actions">
              {agreement && (moderation || isOwner) && <StatusMenu ergebnis={ergebnis} onChange={changeStatus} isPending={setStatus.isPending} />}
              {moderation && (
                <>
                  <AppButton variant="secondary" small icon="edit" aria-label={t('meetings.results.editLabel', { kind, text: short })} onPress={() => setDialog('edit')}>
                    {t('meetings.results.edit')}
                  </AppButton>
                  <AppButton variant="secondary" small icon="arrow-forward" aria-label={t('meetings.passOn.buttonLabel', { text: short })} onPress={() => setDialog('pass')}>
                    {t('meetings.passOn.button')}
                  </AppButton>
                  <AppButton variant="secondary" small icon="delete" aria-label={t('meetings.results.removeLabel', { kind, text: short })} onPress={() => setDialog('delete')}>
                    {t('meetings.results.remove')}
                  </AppButton>
                </>
              )}
            </div>
          )}
        </div>
      </div>
      {dialog === 'edit' && <EditResultDialog ergebnis={ergebnis} treffen={treffen} mitglieder={mitglieder} onClose={() => setDialog(null)} onDone={onMessage} />}
      {dialog === 'pass' && <PassOnDialog ergebnis={ergebnis} treffen={treffen} onClose={() => setDialog(null)} onDone={onMessage} />}
      {dialog === 'delete' && <DeleteResultDialog ergebnis={ergebnis} treffen={treffen} onClose={() => setDialog(null)} onDone={onMessage} />}
    </article>
  );
}

function Weitergaben({ ergebnis }: { ergebnis: Ergebnis }) {
  const { t } = useTranslation();
  if (ergebnis.weitergaben.length === 0) return null;
  return (
    <ul className="app-plain-list app-meetings-passed">
      {ergebnis.weitergaben.map((w) => (
        <li key={w.id} className="kern-body">
          {t('meetings.results.passedTo')} <AppLink href={`/netzwerke/${encodeURIComponent(w.an.id)}`}>{w.an.name}</AppLink> {t('meetings.results.passedOn', { date: instantDate(w.weitergegebenAm) })}
          {' – '}
          {w.empfangenAm ? <Badge variant="success">{t('meetings.results.receivedAt', { date: instantDate(w.empfangenAm) })}</Badge> : <Badge variant="warning">{t('meetings.results.notConfirmed')}</Badge>}
          {w.notiz && <span className="app-meetings-passed__note">{t('meetings.results.passedNote', { note: w.notiz })}</span>}
        </li>
      ))}
    </ul>
  );
}

// ---- Form for results and agreements -------------------------------------------------------

interface ResultValues {
  art: ErgebnisArt;
  text: string;
  verantwortlichId: string | null;
  faelligAm: string;
  status: VereinbarungStatus;
}

const emptyValues: ResultValues = { art: 'ergebnis', text: '', verantwortlichId: null, faelligAm: '', status: 'offen' };
const resultOrder = ['art', 'text', 'verantwortlichId', 'faelligAm', 'status'];
const resultIds = (prefix: string) => ({ art: `${prefix}-art`, text: `${prefix}-text`, verantwortlichId: `${prefix}-verantwortlich`, faelligAm: `${prefix}-faellig`, status: `${prefix}-stand` });

function toBody(values: ResultValues): ErgebnisBody {
  const agreement = values.art === 'vereinbarung';
  return {
    art: values.art,
    text: values.text,
    verantwortlichId: agreement ? values.verantwortlichId : null,
    faelligAm: agreement && values.faelligAm ? values.faelligAm : null,
  };
}

function ResultFields({ prefix, values, onChange, errors, mitglieder, withStatus }: { prefix: string; values: ResultValues; onChange: (patch: Partial<ResultValues>) => void; errors: FormErrorsApi; mitglieder: Mitglied[]; withStatus?: boolean }) {
  const { t } = useTranslation();
  const ids = resultIds(prefix);
  const error = errors.fields;
  return (
    <>
      <fieldset className={`kern-fieldset app-meetings-fieldset${error.art ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-label">{t('meetings.results.kind')}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {kinds.map((kind, index) => {
            const inputId = index === 0 ? ids.art : `${ids.art}-${kind}`;
            return (
              <div key={kind} className="kern-form-check">
                <input id={inputId} type="radio" name={ids.art} className="kern-form-check__radio" checked={values.art === kind} onChange={() => onChange({ art: kind })} />
                <label htmlFor={inputId} className="kern-label">
                  {t(`meetings.resultKinds.${kind}`)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <TextAreaField id={ids.text} label={t('meetings.results.text')} hint={t('meetings.results.textHint')} value={values.text} onChange={(text) => onChange({ text })} error={error.text} rows={3} width="full" />
      {values.art === 'vereinbarung' && (
        <>
          <SelectField
            id={ids.verantwortlichId}
            label={t('meetings.results.ownerField')}
            hint={t('meetings.results.ownerHint')}
            optional
            options={[{ id: nobody, label: t('meetings.results.noOwner') }, ...mitglieder.map((m) => ({ id: m.userId, label: m.name }))]}
            value={values.verantwortlichId ?? nobody}
            onChange={(value) => onChange({ verantwortlichId: value && value !== nobody ? value : null })}
            error={error.verantwortlichId}
          />
          <FormField id={ids.faelligAm} type="date" label={t('meetings.results.dueField')} optional value={values.faelligAm} onChange={(faelligAm) => onChange({ faelligAm })} error={error.faelligAm} />
          {withStatus && (
            <SelectField
              id={ids.status}
              label={t('meetings.results.statusField')}
              options={statusCodes.map((code) => ({ id: code, label: t(`meetings.agreementStatus.${code}`) }))}
              value={values.status}
              onChange={(value) => value && onChange({ status: value as VereinbarungStatus })}
              error={error.status}
            />
          )}
        </>
      )}
    </>
  );
}

function useCheckResult() {
  const { t } = useTranslation();
  return (values: ResultValues) =>
    validate(ergebnisBody, toBody(values), {
      required: { text: t('meetings.results.textRequired') },
      order: resultOrder,
    });
}

function AddResult({ treffen, mitglieder, onMessage }: { treffen: Treffen; mitglieder: Mitglied[]; onMessage: (m: string | null) => void }) {
  const { t } = useTranslation();
  const create = useCreateErgebnis(treffen.id);
  const errors = useFormErrors();
  const check = useCheckResult();
  const [values, setValues] = useState<ResultValues>(emptyValues);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(toBody(values), {
      onSuccess: () => {
        onMessage(t('meetings.results.created', { kind: t(`meetings.resultKinds.${values.art}`) }));
        setValues({ ...emptyValues, art: values.art });
        document.getElementById(resultIds('neu').text)?.focus();
      },
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <div className="app-subsection app-meetings-add">
      <h3 className="kern-heading-small">{t('meetings.results.add')}</h3>
      <ErrorSummary errors={errors} fieldIds={resultIds('neu')} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('meetings.results.add')}>
        <ResultFields prefix="neu" values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors} mitglieder={mitglieder} />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={create.isPending}>
            {t('meetings.results.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}

function EditResultDialog({ ergebnis, treffen, mitglieder, onClose, onDone }: { ergebnis: Ergebnis; treffen: Treffen; mitglieder: Mitglied[]; onClose: () => void; onDone: (m: string | null) => void }) {
  const { t } = useTranslation();
  const update = useUpdateErgebnis(treffen.id);
  const errors = useFormErrors();
  const check = useCheckResult();
  const prefix = `ergebnis-${ergebnis.id}`;
  const [values, setValues] = useState<ResultValues>({
    art: ergebnis.art,
    text: ergebnis.text,
    verantwortlichId: ergebnis.verantwortlich?.id ?? null,
    faelligAm: ergebnis.faelligAm ?? '',
    status: ergebnis.status ?? 'offen',
  });
  // A former member stays choosable as long as the entry names them.
  const people = ergebnis.verantwortlich && !mitglieder.some((m) => m.userId === ergebnis.verantwortlich!.id) ? [...mitglieder, { userId: ergebnis.verantwortlich.id, name: ergebnis.verantwortlich.name, rolle: 'mitglied' as const, seit: '' }] : mitglieder;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    settle(
      update.mutateAsync({ ergebnisId: ergebnis.id, body: { ...toBody(values), status: values.art === 'vereinbarung' ? values.status : null, version: ergebnis.version } }),
      () => {
        onClose();
        onDone(t('meetings.results.updated'));
      },
      (error) => showProblem(errors, error),
    );
  }

  const kind = t(`meetings.resultKinds.${ergebnis.art}`);
  return (
    <AppDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.results.editTitle', { kind })}>
      <ErrorSummary errors={errors} fieldIds={resultIds(prefix)} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('meetings.results.editTitle', { kind })}>
        <ResultFields prefix={prefix} values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors} mitglieder={people} withStatus />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={update.isPending}>
            {t('meetings.results.editSubmit')}
          </AppButton>
          <AppButton variant="secondary" onPress={onClose}>
            {t('common.cancel')}
          </AppButton>
        </div>
      </Form>
    </AppDialog>
  );
}

function DeleteResultDialog({ ergebnis, treffen, onClose, onDone }: { ergebnis: Ergebnis; treffen: Treffen; onClose: () => void; onDone: (m: string | null) => void }) {
  const { t } = useTranslation();
  const remove = useDeleteErgebnis(treffen.id);
  const [error, setError] = useState<string | null>(null);
  const kind = t(`meetings.resultKinds.${ergebnis.art}`);
  function confirm() {
    setError(null);
    settle(
      remove.mutateAsync({ ergebnisId: ergebnis.id, version: ergebnis.version }),
      () => {
        onClose();
        onDone(t('meetings.results.removed'));
        // The entry and its buttons are gone: focus goes to the section heading.
        focusAfterDialog('ergebnisse-titel');
      },
      (failure) => setError(errorMessage(failure)),
    );
  }
  return (
    <ConfirmDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.results.removeTitle', { kind })} confirmLabel={t('meetings.results.removeConfirm')} onConfirm={confirm} isPending={remove.isPending}>
      <p className="kern-body">{t('meetings.results.removeText', { text: shortText(ergebnis.text, 200) })}</p>
      {error && (
        <Alert variant="danger" role="alert" title={t('form.requestFailedTitle')}>
          <p className="kern-body">{error}</p>
        </Alert>
      )}
    </ConfirmDialog>
  );
}

const passIds = { anNetzwerkId: 'weitergabe-netzwerk', notiz: 'weitergabe-notiz' };

function PassOnDialog({ ergebnis, treffen, onClose, onDone }: { ergebnis: Ergebnis; treffen: Treffen; onClose: () => void; onDone: (m: string | null) => void }) {
  const { t } = useTranslation();
  const empfaenger = useEmpfaenger(treffen.netzwerk.id);
  const passOn = usePassOn(treffen.id);
  const errors = useFormErrors();
  const [target, setTarget] = useState<string | null>(null);
  const [notiz, setNotiz] = useState('');
  const options = (empfaenger.data ?? []).filter((n) => n.id !== treffen.netzwerk.id);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(weitergabeBody, { anNetzwerkId: target, notiz }, { required: { anNetzwerkId: t('meetings.passOn.targetRequired') }, order: ['anNetzwerkId', 'notiz'] });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    const name = options.find((n) => n.id === target)?.name ?? '';
    settle(
      passOn.mutateAsync({ ergebnisId: ergebnis.id, anNetzwerkId: result.data.anNetzwerkId, notiz: result.data.notiz }),
      () => {
        onClose();
        onDone(t('meetings.passOn.done', { network: name }));
      },
      (error) => showProblem(errors, error),
    );
  }

  return (
    <AppDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('meetings.passOn.title')}>
      <p className="kern-body">{t('meetings.passOn.lead')}</p>
      <p className="kern-body app-meetings-quote">{shortText(ergebnis.text, 300)}</p>
      {ergebnis.weitergaben.length > 0 && <p className="kern-body">{t('meetings.passOn.already', { networks: ergebnis.weitergaben.map((w) => w.an.name).join(', ') })}</p>}
      {empfaenger.isPending ? (
        <Loading />
      ) : empfaenger.isError ? (
        <QueryError error={empfaenger.error} onRetry={() => void empfaenger.refetch()} />
      ) : options.length === 0 ? (
        <Alert variant="info" title={t('meetings.passOn.noTargets')} />
      ) : (
        <>
          <ErrorSummary errors={errors} fieldIds={passIds} />
          <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('meetings.passOn.title')}>
            <SelectField
              id={passIds.anNetzwerkId}
              label={t('meetings.passOn.target')}
              hint={t('meetings.passOn.targetHint')}
              options={options.map((n) => ({ id: n.id, label: n.name }))}
              value={target}
              onChange={setTarget}
              error={errors.fields.anNetzwerkId}
              isRequired
              width="full"
            />
            <TextAreaField id={passIds.notiz} label={t('meetings.passOn.note')} optional value={notiz} onChange={setNotiz} error={errors.fields.notiz} rows={3} width="full" />
            <div className="app-actions">
              <AppButton type="submit" icon="arrow-forward" isPending={passOn.isPending}>
                {t('meetings.passOn.submit')}
              </AppButton>
              <AppButton variant="secondary" onPress={onClose}>
                {t('common.cancel')}
              </AppButton>
            </div>
          </Form>
        </>
      )}
    </AppDialog>
  );
}
