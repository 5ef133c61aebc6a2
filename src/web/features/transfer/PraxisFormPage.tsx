import './transfer.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useCurrentSession } from '../identity/session.js';
import { CheckboxGroupField } from '../mapping/shared/fields.js';
import { useTraegerKommunen } from '../networks/api.js';
import { useKontextfragen, usePraxis, useSavePraxis, type KontextFrageDto, type PraxisDetail } from './api.js';
import { FragenAuswahl } from './fragen/FragenAuswahl.js';
import { problemPaths } from './forms.js';
import { useTransferLabels, vocab } from './labels.js';
import { ConflictNotice, isConflict, isNoAccess, NoAccess, actionMessage } from './parts.js';
import { praxisHref, praxisListHref } from './paths.js';
import { mayManage } from './permissions.js';
import { antwortFieldId, antwortKey, checkPraxis, emptyPraxis, keyOfPath, praxisFieldIds, praxisValues, type PraxisValues } from './praxis/praxisForm.js';

const MAX_KONTEXT = 200;

/** /lernnetzwerk/praxis/neu?kommune=… — a coordinator describes what works in their Kommune. */
export function PraxisCreatePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const manager = mayManage(session);
  const kommunen = useTraegerKommunen(manager);
  const fragen = useKontextfragen();
  const [params] = useSearchParams();
  const wanted = params.get('kommune');
  return (
    <>
      <BackLink href={praxisListHref()}>{t('transfer.library.back')}</BackLink>
      <PageHeader title={t('transfer.praxisForm.createTitle')} lead={t('transfer.praxisForm.lead')} />
      {!manager ? (
        <Alert variant="info" title={t('transfer.praxisForm.mayNot')} />
      ) : kommunen.isError || fragen.isError ? (
        <QueryError error={kommunen.error ?? fragen.error} onRetry={() => void Promise.all([kommunen.refetch(), fragen.refetch()])} />
      ) : !kommunen.data || !fragen.data ? (
        <Loading />
      ) : kommunen.data.items.length === 0 ? (
        <Alert variant="info" title={t('transfer.praxisForm.mayNot')} />
      ) : (
        <PraxisForm kommunen={kommunen.data.items} initialKommune={kommunen.data.items.some((k) => k.id === wanted) ? wanted : kommunen.data.items.length === 1 ? kommunen.data.items[0]!.id : null} katalog={fragen.data.items} />
      )}
    </>
  );
}

/** /lernnetzwerk/praxis/:id/bearbeiten — change a practice of one's own Kommune. */
export function PraxisEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const praxis = usePraxis(id);
  const fragen = useKontextfragen();
  if (praxis.isError && isNoAccess(praxis.error)) return <NoAccess error={praxis.error} backHref={praxisListHref()} backLabel={t('transfer.library.back')} />;
  return (
    <>
      <BackLink href={praxisHref(id)}>{t('transfer.praxisForm.backToPraxis')}</BackLink>
      <PageHeader preline={praxis.data?.kommune.name} title={t('transfer.praxisForm.editTitle')} lead={praxis.data?.titel} />
      {praxis.isError || fragen.isError ? (
        <QueryError error={praxis.error ?? fragen.error} onRetry={() => void Promise.all([praxis.refetch(), fragen.refetch()])} />
      ) : !praxis.data || !fragen.data ? (
        <Loading />
      ) : !praxis.data.darfBearbeiten ? (
        <Alert variant="info" title={t('transfer.praxisForm.mayNotEdit', { name: praxis.data.kommune.name })} />
      ) : (
        <PraxisForm key={praxis.data.id} praxis={praxis.data} katalog={fragen.data.items} />
      )}
    </>
  );
}

interface PraxisFormProps {
  /** The stored practice (its version changes after a 409); missing for a new one. */
  praxis?: PraxisDetail;
  kommunen?: readonly { id: string; name: string }[];
  initialKommune?: string | null;
  katalog: readonly KontextFrageDto[];
}

function PraxisForm({ praxis, kommunen = [], initialKommune = null, katalog }: PraxisFormProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const navigate = useNavigate();
  const save = useSavePraxis();
  const errors = useFormErrors();
  const [kommuneId, setKommuneId] = useState<string | null>(initialKommune);
  const [values, setValues] = useState<PraxisValues>(() => (praxis ? praxisValues(praxis) : emptyPraxis));
  const [conflict, setConflict] = useState<string | null>(null);
  const change = (patch: Partial<PraxisValues>) => setValues((v) => ({ ...v, ...patch }));
  const byId = useMemo(() => new Map(katalog.map((f) => [f.id, f])), [katalog]);
  // Retired questions stay answerable where a practice answered them already.
  const waehlbar = useMemo(() => katalog.filter((f) => f.aktiv || values.fragen.includes(f.id)), [katalog, values.fragen]);
  const chosen = vocab.dimensionen.flatMap((d) => values.fragen.filter((id) => byId.get(id)?.dimension === d));
  const fieldIds: Record<string, string> = { ...praxisFieldIds, ...Object.fromEntries(values.fragen.map((id) => [antwortKey(id), antwortFieldId(id)])) };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    const checked = checkPraxis(values, katalog, { seit: t('transfer.praxisForm.seitInvalid'), kommune: praxis ? undefined : t('transfer.praxisForm.kommuneRequired') }, kommuneId);
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    const input = praxis ? { praxisId: praxis.id, body: { ...checked.body, version: praxis.version } } : { kommuneId: kommuneId!, body: checked.body };
    save.mutate(input, {
      onSuccess: (saved) => void navigate(praxisHref(saved.id), { state: { message: praxis ? t('transfer.praxisForm.updated', { titel: saved.titel }) : t('transfer.praxisForm.created', { titel: saved.titel }) } }),
      onError: (error) => {
        if (isConflict(error)) {
          errors.clear();
          setConflict(actionMessage(error));
          return;
        }
        const found: Record<string, string> = {};
        for (const { path, message } of problemPaths(error)) {
          const key = keyOfPath(path, values.fragen);
          if (!(key in found)) found[key] = message;
        }
        if (Object.keys(found).length) errors.showFieldErrors(found);
        else errors.showServerError(error);
      },
    });
  }

  return (
    <div className="app-lern-form">
      <ConflictNotice message={conflict} />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={praxis ? t('transfer.praxisForm.editTitle') : t('transfer.praxisForm.createTitle')}>
        {!praxis &&
          (kommunen.length === 1 ? (
            <p className="kern-body">{t('transfer.praxisForm.forKommune', { name: kommunen[0]!.name })}</p>
          ) : (
            <SelectField id={praxisFieldIds.kommuneId} label={t('transfer.praxisForm.kommune')} options={kommunen.map((k) => ({ id: k.id, label: k.name }))} value={kommuneId} onChange={setKommuneId} error={errors.fields.kommuneId} isRequired />
          ))}
        <FormField id={praxisFieldIds.titel} label={t('transfer.praxisForm.titel')} hint={t('transfer.praxisForm.titelHint')} value={values.titel} onChange={(titel) => change({ titel })} error={errors.fields.titel} isRequired width="full" />
        <TextAreaField id={praxisFieldIds.beschreibung} label={t('transfer.praxisForm.beschreibung')} hint={t('transfer.praxisForm.beschreibungHint')} value={values.beschreibung} onChange={(beschreibung) => change({ beschreibung })} error={errors.fields.beschreibung} rows={8} />
        <div className="app-lern-columns">
          <CheckboxGroupField
            id={praxisFieldIds.handlungsfelder}
            legend={t('transfer.praxisForm.handlungsfelder')}
            hint={t('transfer.praxisForm.handlungsfelderHint')}
            options={vocab.handlungsfelder.map((value) => ({ value, label: labels.handlungsfeld(value) }))}
            values={values.handlungsfelder}
            onChange={(handlungsfelder) => change({ handlungsfelder })}
            error={errors.fields.handlungsfelder}
          />
          <CheckboxGroupField
            id={praxisFieldIds.altersphasen}
            legend={t('transfer.praxisForm.altersphasen')}
            hint={t('transfer.praxisForm.altersphasenHint')}
            options={vocab.altersphasen.map((value) => ({ value, label: labels.altersphaseMitAlter(value) }))}
            values={values.altersphasen}
            onChange={(altersphasen) => change({ altersphasen })}
            error={errors.fields.altersphasen}
          />
        </div>
        <TextAreaField id={praxisFieldIds.zielgruppen} label={t('transfer.praxisForm.zielgruppen')} hint={t('transfer.praxisForm.linesHint')} value={values.zielgruppen} onChange={(zielgruppen) => change({ zielgruppen })} error={errors.fields.zielgruppen} rows={3} optional />
        <FormField id={praxisFieldIds.seit} inputMode="numeric" label={t('transfer.praxisForm.seit')} hint={t('transfer.praxisForm.seitHint')} value={values.seit} onChange={(seit) => change({ seit })} error={errors.fields.seit} optional />

        <fieldset className="kern-fieldset app-fieldset app-lern-group">
          <legend className="kern-title app-lern-group__legend">{t('transfer.praxis.ressourcen')}</legend>
          <div className="app-form">
            <TextAreaField id={praxisFieldIds.personal} label={t('transfer.praxis.personal')} hint={t('transfer.praxisForm.personalHint')} value={values.personal} onChange={(personal) => change({ personal })} error={errors.fields.personal} rows={2} optional />
            <TextAreaField id={praxisFieldIds.geld} label={t('transfer.praxis.geld')} hint={t('transfer.praxisForm.geldHint')} value={values.geld} onChange={(geld) => change({ geld })} error={errors.fields.geld} rows={2} optional />
            <TextAreaField id={praxisFieldIds.raeume} label={t('transfer.praxis.raeume')} value={values.raeume} onChange={(raeume) => change({ raeume })} error={errors.fields.raeume} rows={2} optional />
          </div>
        </fieldset>

        <fieldset className="kern-fieldset app-fieldset app-lern-group">
          <legend className="kern-title app-lern-group__legend">{t('transfer.praxis.kontakt')}</legend>
          <div className="app-form">
            <FormField id={praxisFieldIds.kontaktName} label={t('transfer.praxis.kontaktName')} value={values.kontaktName} onChange={(kontaktName) => change({ kontaktName })} error={errors.fields.kontaktName} optional autoComplete="off" />
            <FormField id={praxisFieldIds.kontaktFunktion} label={t('transfer.praxis.kontaktFunktion')} value={values.kontaktFunktion} onChange={(kontaktFunktion) => change({ kontaktFunktion })} error={errors.fields.kontaktFunktion} optional width="full" />
            <FormField id={praxisFieldIds.kontaktEmail} type="email" label={t('transfer.praxis.kontaktEmail')} value={values.kontaktEmail} onChange={(kontaktEmail) => change({ kontaktEmail })} error={errors.fields.kontaktEmail} optional autoComplete="off" />
            <TextAreaField id={praxisFieldIds.links} label={t('transfer.praxis.links')} hint={t('transfer.praxisForm.linksHint')} value={values.links} onChange={(links) => change({ links })} error={errors.fields.links} rows={3} optional />
          </div>
        </fieldset>

        <fieldset className="kern-fieldset app-fieldset app-lern-group">
          <legend className="kern-title app-lern-group__legend">{t('transfer.praxis.profil')}</legend>
          <div className="app-form">
            <p className="kern-body app-lern-text">{t('transfer.praxisForm.profilHint')}</p>
            <FragenAuswahl
              id={praxisFieldIds.kontext}
              legend={t('transfer.praxisForm.profilFragen')}
              fragen={waehlbar}
              selected={values.fragen}
              onChange={(fragen) => change({ fragen })}
              max={MAX_KONTEXT}
              error={errors.fields.kontext}
            />
            {chosen.length > 0 && (
              <div className="app-lern-answers">
                <h3 className="kern-heading-small">{t('transfer.praxisForm.antworten', { count: chosen.length })}</h3>
                {chosen.map((frageId) => {
                  const frage = byId.get(frageId);
                  return (
                    <TextAreaField
                      key={frageId}
                      id={antwortFieldId(frageId)}
                      label={frage?.frage ?? frageId}
                      hint={frage ? labels.dimension(frage.dimension) : undefined}
                      value={values.antworten[frageId] ?? ''}
                      onChange={(antwort) => setValues((v) => ({ ...v, antworten: { ...v.antworten, [frageId]: antwort } }))}
                      error={errors.fields[antwortKey(frageId)]}
                      rows={3}
                    />
                  );
                })}
              </div>
            )}
          </div>
        </fieldset>

        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={save.isPending}>
            {praxis ? t('transfer.praxisForm.saveEdit') : t('transfer.praxisForm.saveCreate')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
