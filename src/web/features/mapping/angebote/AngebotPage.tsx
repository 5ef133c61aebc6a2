import '../shared/mapping.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import { angebotBody, type Angebot } from '../../../../domain/mapping/contracts.js';
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
import { formatDay, formatHours } from '../shared/format.js';
import { isId, useMappingKommune } from '../shared/kommune.js';
import { useLabels, type Labels } from '../shared/labels.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { ChooseKommune, isGone, KommuneBar, showProblem } from '../shared/parts.js';
import { canCreate, canManage, canWrite, ownSites } from '../shared/permissions.js';
import type { PickOption } from '../shared/pickers.js';
import { useEntryEditor, useFlashMessage } from '../shared/useEntryEditor.js';
import { AngebotFields, angebotIds } from './AngebotFields.js';
import { angebotDisplay, angebotFieldOrder, angebotInput, angebotValues, emptyAngebot, type AngebotValues } from './values.js';

const listHref = (kommuneId: string) => `/akteure/angebote?kommune=${encodeURIComponent(kommuneId)}`;

function useCheck() {
  const { t } = useTranslation();
  return (values: AngebotValues) => {
    const { input, extra } = angebotInput(values, t);
    return validate(angebotBody, input, {
      required: {
        titel: t('mapping.angebotForm.titelRequired'),
        handlungsfeld: t('mapping.angebotForm.handlungsfeldRequired'),
        ebene: t('mapping.angebotForm.ebeneRequired'),
        finanzierung: t('mapping.angebotForm.finanzierungRequired'),
      },
      extra,
      order: angebotFieldOrder,
    });
  };
}

/** /akteure/angebote/neu?kommune=…[&standort=…][&traeger=…] */
export function AngebotCreatePage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const [params] = useSearchParams();
  const standortParam = params.get('standort');
  const traegerParam = params.get('traeger');
  const siteName = useSchoolName(isId(standortParam) ? standortParam : null);
  const traeger = useEntity('akteure', isId(traegerParam) ? traegerParam : null);
  const prefillPending = (isId(standortParam) && siteName.isPending) || (isId(traegerParam) && traeger.isPending);

  return (
    <>
      {kommuneId && <BackLink href={listHref(kommuneId)}>{t('mapping.angebote.backToList')}</BackLink>}
      <PageHeader preline={kommune?.name} title={t('mapping.angebote.create')} lead={t('mapping.angebotForm.createLead')} />
      <MappingSubnav kommuneId={kommuneId} />
      {!kommuneId ? (
        <>
          <KommuneBar state={state} />
          {state.waiting ? <Loading /> : <ChooseKommune />}
        </>
      ) : !canCreate(session, kommuneId) ? (
        <Alert variant="info" title={t('mapping.mayNotCreate')} />
      ) : prefillPending ? (
        <Loading />
      ) : (
        <CreateAngebot
          key={kommuneId}
          kommuneId={kommuneId}
          site={isId(standortParam) && siteName.data ? { id: standortParam, name: siteName.data } : null}
          traeger={traeger.data && traeger.data.kommuneId === kommuneId ? { id: traeger.data.id, name: traeger.data.name } : null}
        />
      )}
    </>
  );
}

function CreateAngebot({ kommuneId, site, traeger }: { kommuneId: string; site: PickOption | null; traeger: PickOption | null }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const create = useCreateEntity('angebote', kommuneId);
  const errors = useFormErrors();
  const check = useCheck();
  const [values, setValues] = useState<AngebotValues>(() =>
    emptyAngebot({ standorte: site ? [site] : canManage(session, kommuneId) ? [] : ownSites(session, kommuneId).slice(0, 1), traeger }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (created) => navigate(`/akteure/angebote/${created.id}`, { state: { message: t('mapping.angebotForm.created', { name: created.titel }) } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={angebotIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.angebote.create')}>
        <AngebotFields kommuneId={kommuneId} values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('mapping.angebote.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** /akteure/angebote/:id */
export function AngebotDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const angebot = useEntity('angebote', id);
  usePageTitle(angebot.data?.titel ?? t('mapping.angebot'));

  if (angebot.isPending) {
    return (
      <>
        <PageHeader title={t('mapping.angebot')} />
        <Loading />
      </>
    );
  }
  if (angebot.isError) {
    const gone = isGone(angebot.error);
    return (
      <>
        <BackLink href="/akteure/angebote">{t('mapping.angebote.backToList')}</BackLink>
        <PageHeader title={gone ? t('mapping.angebote.notFound') : t('mapping.angebot')} />
        {!gone && <QueryError error={angebot.error} onRetry={() => void angebot.refetch()} />}
      </>
    );
  }
  return <AngebotDetail key={id} initial={angebot.data} reload={angebot.refetch} />;
}

function readOnlyRows(a: Angebot, t: TFunction, labels: Labels): Array<[string, ReactNode]> {
  return [
    [t('mapping.angebotForm.beschreibung'), a.beschreibung ? <span className="app-mapping-pre">{a.beschreibung}</span> : null],
    [t('mapping.angebotForm.traeger'), a.akteurId ? <AppLink href={`/akteure/${encodeURIComponent(a.akteurId)}`}>{a.akteurName}</AppLink> : null],
    [t('mapping.angebotForm.handlungsfeld'), labels.handlungsfeld(a.handlungsfeld)],
    [t('mapping.angebotForm.ebene'), labels.ebene(a.ebene)],
    [t('mapping.angebotForm.altersphasen'), a.altersphasen.map((p) => labels.altersphase(p)).join(', ')],
    [t('mapping.angebotForm.zielgruppe'), a.zielgruppe],
    [t('mapping.angebotForm.standorte'), a.standorte.length ? a.standorte.map((s) => s.name).join(', ') : t('mapping.noSites')],
    [t('mapping.angebotForm.stunden'), a.stundenProWoche === null ? null : t('mapping.hoursPerWeek', { value: formatHours(a.stundenProWoche) })],
    [t('mapping.angebotForm.finanzierung'), labels.finanzierung(a.finanzierung)],
    [t('mapping.angebotForm.beginn'), formatDay(a.beginn)],
    [t('mapping.angebotForm.ende'), formatDay(a.ende)],
    [t('mapping.angebotForm.status'), labels.status(a.status)],
    [t('mapping.angebotForm.geteilt'), a.geteilt ? t('common.yes') : t('common.no')],
  ];
}

function AngebotDetail({ initial, reload }: { initial: Angebot; reload: () => Promise<{ data?: Angebot }> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const flash = useFlashMessage();
  const session = useCurrentSession();
  const check = useCheck();
  const editor = useEntryEditor({ kind: 'angebote', initial, toValues: angebotValues, reload, initialMessage: flash });
  const { current, values, errors } = editor;
  const writable = canWrite(session, current.kommuneId, current.standorte.map((s) => s.id));
  const editable = writable && !current.archiviert;

  const diffs = editor.conflict?.latest
    ? (() => {
        const mine = angebotDisplay(values, t, labels);
        const theirs = angebotDisplay(angebotValues(editor.conflict.latest), t, labels);
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
      <BackLink href={listHref(current.kommuneId)}>{t('mapping.angebote.backToList')}</BackLink>
      <PageHeader preline={t('mapping.angebotIn', { kommune: current.kommuneName })} title={current.titel} />
      <MappingSubnav kommuneId={current.kommuneId} />
      <p className="app-mapping-badges">
        <Badge>{labels.handlungsfeld(current.handlungsfeld)}</Badge>
        <Badge>{labels.status(current.status)}</Badge>
        {current.stundenProWoche !== null && <Badge>{t('mapping.hoursPerWeek', { value: formatHours(current.stundenProWoche) })}</Badge>}
        {current.geteilt && <Badge variant="success">{t('mapping.badges.geteilt')}</Badge>}
        {current.archiviert && <Badge variant="warning">{t('mapping.badges.archiviert')}</Badge>}
      </p>
      <StatusMessage message={editor.message} />
      {current.archiviert && <Alert variant="info" title={t('mapping.archivedNotice.angebote')} />}
      {!writable && (
        <Alert variant="info" title={t('mapping.readOnly')}>
          <p className="kern-body">{t('mapping.readOnlyHint')}</p>
        </Alert>
      )}
      <Section title={t('mapping.details')}>
        {editable ? (
          <>
            {editor.conflict && <ConflictNotice diffs={diffs} onLoad={() => void editor.loadLatest()} isLoading={editor.loadingLatest} onTakeTheirs={editor.takeTheirs} />}
            <ErrorSummary errors={errors} fieldIds={angebotIds} />
            <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.angebotForm.editLabel')}>
              <AngebotFields kommuneId={current.kommuneId} values={values} onChange={editor.edit} errors={errors.fields} />
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
          <ArchiveControl kind="angebote" entity={current} name={current.titel} onDone={editor.replaced} onConflict={editor.conflictDetected} />
        </Section>
      )}
    </>
  );
}
