import '../shared/mapping.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { akteurBody, type Akteur, type AkteurTyp } from '../../../../domain/mapping/contracts.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
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
import { AngeboteTable } from '../angebote/AngeboteTable.js';
import { KooperationenTable } from '../kooperationen/KooperationenTable.js';
import { useAkteurTypen, useCreateEntity, useEntity, useEntityList, useSchoolName } from '../shared/api.js';
import { ArchiveControl, ConflictNotice, diffRows } from '../shared/edit.js';
import { isId, useMappingKommune } from '../shared/kommune.js';
import { useLabels, type Labels } from '../shared/labels.js';
import { MappingSubnav } from '../shared/MappingSubnav.js';
import { ButtonLink, ChooseKommune, isGone, KommuneBar, showProblem } from '../shared/parts.js';
import { canCreate, canManage, canWrite, ownSites } from '../shared/permissions.js';
import type { PickOption } from '../shared/pickers.js';
import { useEntryEditor, useFlashMessage } from '../shared/useEntryEditor.js';
import { AkteurFields, akteurIds } from './AkteurFields.js';
import { akteurDisplay, akteurFieldOrder, akteurInput, akteurValues, emptyAkteur, type AkteurValues } from './values.js';

const listHref = (kommuneId: string) => `/akteure/liste?kommune=${encodeURIComponent(kommuneId)}`;

/** Client-side check with the shared contract; the server checks the same again. */
function useCheck() {
  const { t } = useTranslation();
  return (values: AkteurValues) =>
    validate(akteurBody, akteurInput(values), {
      required: { name: t('mapping.akteurForm.nameRequired'), typ: t('mapping.akteurForm.typRequired'), kreis: t('mapping.akteurForm.kreisRequired') },
      order: akteurFieldOrder,
    });
}

/** /akteure/neu?kommune=… */
export function AkteurCreatePage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  const [params] = useSearchParams();
  const standortParam = params.get('standort');
  const siteName = useSchoolName(isId(standortParam) ? standortParam : null);
  return (
    <>
      {kommuneId && <BackLink href={listHref(kommuneId)}>{t('mapping.akteure.backToList')}</BackLink>}
      <PageHeader preline={kommune?.name} title={t('mapping.akteure.create')} lead={t('mapping.akteurForm.createLead')} />
      <MappingSubnav kommuneId={kommuneId} />
      {!kommuneId ? (
        <>
          <KommuneBar state={state} />
          {state.waiting ? <Loading /> : <ChooseKommune />}
        </>
      ) : !canCreate(session, kommuneId) ? (
        <Alert variant="info" title={t('mapping.mayNotCreate')} />
      ) : isId(standortParam) && siteName.isPending ? (
        <Loading />
      ) : (
        <CreateAkteur key={kommuneId} kommuneId={kommuneId} site={isId(standortParam) && siteName.data ? { id: standortParam, name: siteName.data } : null} />
      )}
    </>
  );
}

function CreateAkteur({ kommuneId, site }: { kommuneId: string; site: PickOption | null }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const typen = useAkteurTypen(kommuneId);
  const create = useCreateEntity('akteure', kommuneId);
  const errors = useFormErrors();
  const check = useCheck();
  const manager = canManage(session, kommuneId);
  const [values, setValues] = useState<AkteurValues>(() => emptyAkteur(site ? [site] : manager ? [] : ownSites(session, kommuneId).slice(0, 1)));
  const [typMessage, setTypMessage] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (created) => navigate(`/akteure/${created.id}`, { state: { message: t('mapping.akteurForm.created', { name: created.name }) } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <StatusMessage message={typMessage} />
      <ErrorSummary errors={errors} fieldIds={akteurIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.akteure.create')}>
        <AkteurFields
          kommuneId={kommuneId}
          values={values}
          onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
          errors={errors.fields}
          typen={typen.data?.items ?? []}
          mayAddTyp={manager}
          onTypCreated={(typ) => setTypMessage(t('mapping.akteurForm.newTypCreated', { label: typ.label }))}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('mapping.akteure.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** /akteure/:id — details of an actor; edit form for those who may change it. */
export function AkteurDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const akteur = useEntity('akteure', id);
  usePageTitle(akteur.data?.name ?? t('mapping.akteur'));

  if (akteur.isPending) {
    return (
      <>
        <PageHeader title={t('mapping.akteur')} />
        <Loading />
      </>
    );
  }
  if (akteur.isError) {
    const gone = isGone(akteur.error);
    return (
      <>
        <BackLink href="/akteure/liste">{t('mapping.akteure.backToList')}</BackLink>
        <PageHeader title={gone ? t('mapping.akteure.notFound') : t('mapping.akteur')} />
        {!gone && <QueryError error={akteur.error} onRetry={() => void akteur.refetch()} />}
      </>
    );
  }
  return <AkteurDetail key={id} initial={akteur.data} reload={akteur.refetch} />;
}

function readOnlyRows(a: Akteur, t: TFunction, labels: Labels): Array<[string, ReactNode]> {
  return [
    [t('mapping.akteurForm.typ'), labels.typ(a.typ, a.typLabel)],
    [t('mapping.akteurForm.kreis'), labels.kreis(a.kreis)],
    [t('mapping.akteurForm.beschreibung'), a.beschreibung ? <span className="app-mapping-pre">{a.beschreibung}</span> : null],
    [t('mapping.akteurForm.kontaktFunktion'), a.kontaktFunktion],
    [t('mapping.akteurForm.kontaktEmail'), a.kontaktEmail ? <a className="kern-link app-break" href={`mailto:${a.kontaktEmail}`}>{a.kontaktEmail}</a> : null],
    [t('mapping.akteurForm.kontaktTelefon'), a.kontaktTelefon],
    [t('mapping.akteurForm.standorte'), a.standorte.length ? a.standorte.map((s) => s.name).join(', ') : t('mapping.noSites')],
    [t('mapping.akteurForm.geteilt'), a.geteilt ? t('common.yes') : t('common.no')],
  ];
}

function AkteurDetail({ initial, reload }: { initial: Akteur; reload: () => Promise<{ data?: Akteur }> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const flash = useFlashMessage();
  const session = useCurrentSession();
  const check = useCheck();
  const editor = useEntryEditor({ kind: 'akteure', initial, toValues: akteurValues, reload, initialMessage: flash });
  const { current, values, errors } = editor;
  const typen = useAkteurTypen(current.kommuneId);
  const [typMessage, setTypMessage] = useState<string | null>(null);
  const writable = canWrite(session, current.kommuneId, current.standorte.map((s) => s.id));
  const editable = writable && !current.archiviert;
  const typItems: readonly AkteurTyp[] = typen.data?.items ?? [];

  const diffs = editor.conflict?.latest
    ? (() => {
        const mine = akteurDisplay(values, t, labels, typItems);
        const theirs = akteurDisplay(akteurValues(editor.conflict.latest), t, labels, typItems);
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
      <BackLink href={listHref(current.kommuneId)}>{t('mapping.akteure.backToList')}</BackLink>
      <PageHeader preline={t('mapping.akteurIn', { kommune: current.kommuneName })} title={current.name} />
      <MappingSubnav kommuneId={current.kommuneId} />
      <p className="app-mapping-badges">
        <Badge>{labels.typ(current.typ, current.typLabel)}</Badge>
        <Badge>{labels.kreis(current.kreis)}</Badge>
        {current.geteilt && <Badge variant="success">{t('mapping.badges.geteilt')}</Badge>}
        {current.archiviert && <Badge variant="warning">{t('mapping.badges.archiviert')}</Badge>}
      </p>
      <StatusMessage message={editor.message ?? typMessage} />
      {current.archiviert && <Alert variant="info" title={t('mapping.archivedNotice.akteure')} />}
      {!writable && <Alert variant="info" title={t('mapping.readOnly')}><p className="kern-body">{t('mapping.readOnlyHint')}</p></Alert>}

      <Section title={t('mapping.details')}>
        {editable ? (
          <>
            {editor.conflict && <ConflictNotice diffs={diffs} onLoad={() => void editor.loadLatest()} isLoading={editor.loadingLatest} onTakeTheirs={editor.takeTheirs} />}
            <ErrorSummary errors={errors} fieldIds={akteurIds} />
            <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-mapping-form" aria-label={t('mapping.akteurForm.editLabel')}>
              <AkteurFields
                kommuneId={current.kommuneId}
                values={values}
                onChange={editor.edit}
                errors={errors.fields}
                typen={typItems}
                mayAddTyp={canManage(session, current.kommuneId)}
                onTypCreated={(typ) => setTypMessage(t('mapping.akteurForm.newTypCreated', { label: typ.label }))}
              />
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

      <RelatedAngebote akteur={current} />
      <RelatedKooperationen akteur={current} />

      {writable && (
        <Section title={current.archiviert ? t('mapping.archive.restoreTitle') : t('mapping.archive.title')}>
          <ArchiveControl kind="akteure" entity={current} name={current.name} onDone={editor.replaced} onConflict={editor.conflictDetected} />
        </Section>
      )}
    </>
  );
}

function RelatedAngebote({ akteur }: { akteur: Akteur }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const angebote = useEntityList('angebote', akteur.kommuneId, { akteurId: akteur.id, pageSize: 100 });
  return (
    <Section title={t('mapping.akteure.angeboteTitle')}>
      {angebote.isError ? (
        <QueryError error={angebote.error} onRetry={() => void angebote.refetch()} />
      ) : angebote.isPending ? (
        <Loading />
      ) : (
        <AngeboteTable rows={angebote.data.items} caption={t('mapping.akteure.angeboteCaption', { name: akteur.name })} emptyText={t('mapping.akteure.noAngebote')} hideTraeger />
      )}
      {!akteur.archiviert && canCreate(session, akteur.kommuneId) && (
        <p className="kern-body">
          <ButtonLink variant="secondary" icon="add" href={`/akteure/angebote/neu?kommune=${encodeURIComponent(akteur.kommuneId)}&traeger=${encodeURIComponent(akteur.id)}`}>
            {t('mapping.akteure.createAngebot')}
          </ButtonLink>
        </p>
      )}
    </Section>
  );
}

function RelatedKooperationen({ akteur }: { akteur: Akteur }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const kooperationen = useEntityList('kooperationen', akteur.kommuneId, { akteurId: akteur.id, pageSize: 100 });
  return (
    <Section title={t('mapping.akteure.kooperationenTitle')}>
      {kooperationen.isError ? (
        <QueryError error={kooperationen.error} onRetry={() => void kooperationen.refetch()} />
      ) : kooperationen.isPending ? (
        <Loading />
      ) : (
        <KooperationenTable rows={kooperationen.data.items} caption={t('mapping.akteure.kooperationenCaption', { name: akteur.name })} emptyText={t('mapping.akteure.noKooperationen')} from={akteur.id} />
      )}
      {!akteur.archiviert && canCreate(session, akteur.kommuneId) && (
        <p className="kern-body">
          <ButtonLink variant="secondary" icon="add" href={`/akteure/kooperationen/neu?kommune=${encodeURIComponent(akteur.kommuneId)}&akteur=${encodeURIComponent(akteur.id)}`}>
            {t('mapping.akteure.createKooperation')}
          </ButtonLink>
        </p>
      )}
    </Section>
  );
}
