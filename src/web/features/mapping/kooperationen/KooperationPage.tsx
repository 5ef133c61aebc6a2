import '../shared/mapping.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import { kooperationBody, type Kooperation } from '../../../../domain/mapping/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { AppLink } from '../../../components/AppLink.js';
import { BackLink } from '../../../components/BackLink.js';
import { Badge } from '../../../components/Badge.js';
import { DetailList } from '../../../components/DetailList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { usePageTitle } from '../../../components/usePageTitle.js';
import { validate } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useCurrentSession } from '../../identity/session.js';
import { useCreateEntity, useEntity, useSchoolName } from '../shared/api.js';
import { ArchiveControl, ConflictNotice, diffRows } from '../shared/edit.js';
import { formatDay } from '../shared/format.js';
import { isId, useMappingKommune } from '../shared/kommune.js';
import { useLabels, type Labels } from '../shared/labels.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { ChooseKommune, isGone, KommuneBar, showProblem } from '../shared/parts.js';
import { canCreate, canManage, canWrite, ownSites } from '../shared/permissions.js';
import type { PickOption } from '../shared/pickers.js';
import { useEntryEditor, useFlashMessage } from '../shared/useEntryEditor.js';
import { KooperationFields, kooperationIds } from './KooperationFields.js';
import { emptyKooperation, kooperationDisplay, kooperationFieldOrder, kooperationInput, kooperationName, kooperationValues, type KooperationValues } from './values.js';

const listHref = (kommuneId: string) => `/akteure/kooperationen?kommune=${encodeURIComponent(kommuneId)}`;

function useCheck() {
  const { t } = useTranslation();
  return (values: KooperationValues) =>
    validate(kooperationBody, kooperationInput(values), {
      required: { akteurAId: t('mapping.kooperationForm.akteurARequired'), akteurBId: t('mapping.kooperationForm.akteurBRequired'), typ: t('mapping.kooperationForm.typRequired') },
      order: kooperationFieldOrder,
    });
}

/** /akteure/kooperationen/neu?kommune=…[&akteur=…][&standort=…] */
export function KooperationCreatePage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const [params] = useSearchParams();
  const akteurParam = params.get('akteur');
  const standortParam = params.get('standort');
  const akteur = useEntity('akteure', isId(akteurParam) ? akteurParam : null);
  const siteName = useSchoolName(isId(standortParam) ? standortParam : null);
  const pending = (isId(akteurParam) && akteur.isPending) || (isId(standortParam) && siteName.isPending);
  return (
    <>
      {kommuneId && <BackLink href={listHref(kommuneId)}>{t('mapping.kooperationen.backToList')}</BackLink>}
      <PageHeader preline={kommune?.name} title={t('mapping.kooperationen.create')} lead={t('mapping.kooperationForm.createLead')} />
      <MappingSubnav kommuneId={kommuneId} />
      {!kommuneId ? (
        <>
          <KommuneBar state={state} />
          {state.waiting ? <Loading /> : <ChooseKommune />}
        </>
      ) : !canCreate(session, kommuneId) ? (
        <Alert variant="info" title={t('mapping.mayNotCreate')} />
      ) : pending ? (
        <Loading />
      ) : (
        <CreateKooperation
          key={kommuneId}
          kommuneId={kommuneId}
          akteurA={akteur.data && akteur.data.kommuneId === kommuneId ? { id: akteur.data.id, name: akteur.data.name } : null}
          standort={isId(standortParam) && siteName.data ? { id: standortParam, name: siteName.data } : null}
        />
      )}
    </>
  );
}

function CreateKooperation({ kommuneId, akteurA, standort }: { kommuneId: string; akteurA: PickOption | null; standort: PickOption | null }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const create = useCreateEntity('kooperationen', kommuneId);
  const errors = useFormErrors();
  const check = useCheck();
  const [values, setValues] = useState<KooperationValues>(() =>
    emptyKooperation({ akteurA, standort: standort ?? (canManage(session, kommuneId) ? null : (ownSites(session, kommuneId)[0] ?? null)) }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (created) => navigate(`/akteure/kooperationen/${created.id}`, { state: { message: t('mapping.kooperationForm.created') } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={kooperationIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.kooperationen.create')}>
        <KooperationFields kommuneId={kommuneId} values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('mapping.kooperationen.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** /akteure/kooperationen/:id */
export function KooperationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const kooperation = useEntity('kooperationen', id);
  usePageTitle(kooperation.data ? kooperationName(kooperation.data) : t('mapping.kooperation'));

  if (kooperation.isPending) {
    return (
      <>
        <PageHeader title={t('mapping.kooperation')} />
        <Loading />
      </>
    );
  }
  if (kooperation.isError) {
    const gone = isGone(kooperation.error);
    return (
      <>
        <BackLink href="/akteure/kooperationen">{t('mapping.kooperationen.backToList')}</BackLink>
        <PageHeader title={gone ? t('mapping.kooperationen.notFound') : t('mapping.kooperation')} />
        {!gone && <QueryError error={kooperation.error} onRetry={() => void kooperation.refetch()} />}
      </>
    );
  }
  return <KooperationDetail key={id} initial={kooperation.data} reload={kooperation.refetch} />;
}

function readOnlyRows(k: Kooperation, t: TFunction, labels: Labels): Array<[string, ReactNode]> {
  return [
    [t('mapping.kooperationForm.akteurA'), <AppLink href={`/akteure/${encodeURIComponent(k.akteurAId)}`}>{k.akteurAName}</AppLink>],
    [t('mapping.kooperationForm.akteurB'), <AppLink href={`/akteure/${encodeURIComponent(k.akteurBId)}`}>{k.akteurBName}</AppLink>],
    [t('mapping.kooperationForm.typ'), labels.kooperationsTyp(k.typ)],
    [t('mapping.kooperationForm.standort'), k.standortName ?? t('mapping.kooperationen.noStandort')],
    [t('mapping.kooperationForm.seit'), formatDay(k.seit)],
    [t('mapping.kooperationForm.beschreibung'), k.beschreibung ? <span className="app-mapping-pre">{k.beschreibung}</span> : null],
  ];
}

function KooperationDetail({ initial, reload }: { initial: Kooperation; reload: () => Promise<{ data?: Kooperation }> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const flash = useFlashMessage();
  const session = useCurrentSession();
  const check = useCheck();
  const editor = useEntryEditor({ kind: 'kooperationen', initial, toValues: kooperationValues, reload, initialMessage: flash });
  const { current, values, errors } = editor;
  const writable = canWrite(session, current.kommuneId, current.standortId ? [current.standortId] : []);
  const editable = writable && !current.archiviert;
  const title = kooperationName(current);

  const diffs = editor.conflict?.latest
    ? (() => {
        const mine = kooperationDisplay(values, t, labels);
        const theirs = kooperationDisplay(kooperationValues(editor.conflict.latest), t, labels);
        return diffRows(mine.fieldLabels, mine.shown, theirs.shown);
      })()
    : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    editor.save(result.data);
  }

  return (
    <>
      <BackLink href={listHref(current.kommuneId)}>{t('mapping.kooperationen.backToList')}</BackLink>
      <PageHeader preline={t('mapping.kooperation')} title={title} />
      <MappingSubnav kommuneId={current.kommuneId} />
      <p className="app-mapping-badges">
        <Badge>{labels.kooperationsTyp(current.typ)}</Badge>
        {current.archiviert && <Badge variant="warning">{t('mapping.badges.archiviert')}</Badge>}
      </p>
      <StatusMessage message={editor.message} />
      {current.archiviert && <Alert variant="info" title={t('mapping.archivedNotice.kooperationen')} />}
      {!writable && (
        <Alert variant="info" title={t('mapping.readOnly')}>
          <p className="kern-body">{t('mapping.readOnlyHint')}</p>
        </Alert>
      )}
      <Section title={t('mapping.details')}>
        {editable ? (
          <>
            {editor.conflict && <ConflictNotice diffs={diffs} onLoad={() => void editor.loadLatest()} isLoading={editor.loadingLatest} onTakeTheirs={editor.takeTheirs} />}
            <ErrorSummary errors={errors} fieldIds={kooperationIds} />
            <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.kooperationForm.editLabel')}>
              <KooperationFields kommuneId={current.kommuneId} values={values} onChange={editor.edit} errors={errors.fields} />
              <div className="app-actions">
                <AppButton type="submit" icon="check" isPending={editor.isSaving}>
                  {t('mapping.saveChanges')}
                </AppButton>
              </div>
            </Form>
          </>
        ) : (
          <DetailList rows={readOnlyRows(current, t, labels)} />
        )}
      </Section>
      {writable && (
        <Section title={current.archiviert ? t('mapping.archive.restoreTitle') : t('mapping.archive.title')}>
          <ArchiveControl kind="kooperationen" entity={current} name={title} onDone={editor.replaced} onConflict={editor.conflictDetected} />
        </Section>
      )}
    </>
  );
}
