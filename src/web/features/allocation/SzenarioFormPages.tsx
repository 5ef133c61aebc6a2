import './allocation.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Bereich } from '../../../domain/allocation/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useFormErrors, type FormErrorsApi } from '../../lib/useFormErrors.js';
import { allocationKey, useBereiche, useCreateSzenario, useSzenario, useUpdateSzenario, type Szenario } from './api.js';
import { allocationHome, szenarioHref } from './format.js';
import { ModelForm } from './form/ModelForm.js';
import { emptyValues, problemErrors, valuesOf, type ModelValues } from './form/values.js';
import { isConflict, isNotFound, SzenarioNotFound } from './parts.js';

/** Field errors of a problem answer go to their fields and the summary; anything else to the summary. */
function showProblem(errors: FormErrorsApi, error: unknown) {
  const fields = problemErrors(error);
  if (fields) errors.showFieldErrors(fields);
  else errors.showServerError(error);
}

/** /ressourcen/neu — a coordinator builds a model, watches the preview and saves it as version 1. */
export function SzenarioCreatePage() {
  const { t } = useTranslation();
  const bereiche = useBereiche();
  return (
    <>
      <BackLink href={allocationHome}>{t('allocation.backToList')}</BackLink>
      <PageHeader title={t('allocation.form.createTitle')} lead={t('allocation.form.createLead')} />
      {bereiche.isError ? (
        <QueryError error={bereiche.error} onRetry={() => void bereiche.refetch()} />
      ) : bereiche.isPending ? (
        <Loading />
      ) : bereiche.data.items.length === 0 ? (
        <Alert variant="info" title={t('allocation.form.mayNotCreate')} />
      ) : (
        <CreateForm bereiche={bereiche.data.items} />
      )}
    </>
  );
}

function CreateForm({ bereiche }: { bereiche: readonly Bereich[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSzenario();
  const errors = useFormErrors();
  const [values, setValues] = useState<ModelValues>(() => emptyValues(bereiche.length === 1 ? bereiche[0]!.id : null));
  return (
    <ModelForm
      label={t('allocation.form.createTitle')}
      values={values}
      onValuesChange={setValues}
      bereiche={bereiche}
      submitLabel={t('allocation.form.create')}
      isPending={create.isPending}
      errors={errors}
      onSave={(v, modell) =>
        create.mutate(
          { scopeId: v.scopeId!, name: v.name, beschreibung: v.beschreibung.trim() || null, modell },
          {
            onSuccess: (created) => void navigate(szenarioHref(created.id), { state: { message: t('allocation.form.created', { name: created.name }) } }),
            onError: (error) => showProblem(errors, error),
          },
        )
      }
    />
  );
}

/** /ressourcen/szenarien/:id/bearbeiten — the same form, filled from the scenario; saving makes a new version. */
export function SzenarioEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const szenario = useSzenario(id);
  if (szenario.isError && isNotFound(szenario.error)) return <SzenarioNotFound />;
  return (
    <>
      <BackLink href={szenarioHref(id)}>{t('allocation.backToScenario')}</BackLink>
      <PageHeader
        preline={szenario.data ? szenario.data.name : undefined}
        title={t('allocation.form.editTitle')}
        lead={szenario.data ? t('allocation.form.editLead', { version: szenario.data.versionNummer + 1 }) : undefined}
      />
      {szenario.isError ? (
        <QueryError error={szenario.error} onRetry={() => void szenario.refetch()} />
      ) : szenario.isPending ? (
        <Loading />
      ) : !szenario.data.darfBearbeiten ? (
        <Alert variant="info" title={t('allocation.form.mayNotEdit')} />
      ) : szenario.data.archiviert ? (
        <Alert variant="info" title={t('allocation.form.archivedNoEdit')} />
      ) : (
        <EditForm key={szenario.data.id} szenario={szenario.data} />
      )}
    </>
  );
}

const noBereiche: readonly Bereich[] = [];

function EditForm({ szenario }: { szenario: Szenario }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateSzenario(szenario.id);
  // Only people who may edit get here: for a Land, the Kommunen its model may be narrowed to.
  const bereiche = useBereiche();
  const errors = useFormErrors();
  const [values, setValues] = useState<ModelValues>(() => valuesOf(szenario));
  const [conflict, setConflict] = useState(false);

  const notice = conflict ? (
    <Alert variant="warning" role="alert" title={t('allocation.form.conflictTitle')}>
      <p className="kern-body">{t('allocation.form.conflictText', { version: szenario.versionNummer })}</p>
      <div className="app-actions">
        <AppButton
          variant="secondary"
          onPress={() => {
            setValues(valuesOf(szenario));
            setConflict(false);
            errors.clear();
          }}
        >
          {t('allocation.form.takeTheirs')}
        </AppButton>
      </div>
    </Alert>
  ) : null;

  // A Land's model may be narrowed to its Kommunen: the form waits for them, so the picker never opens empty.
  if (szenario.scopeTyp === 'land' && bereiche.isError) return <QueryError error={bereiche.error} onRetry={() => void bereiche.refetch()} />;
  if (szenario.scopeTyp === 'land' && bereiche.isPending) return <Loading />;

  return (
    <ModelForm
      label={t('allocation.form.editTitle')}
      values={values}
      onValuesChange={setValues}
      bereiche={bereiche.data?.items ?? noBereiche}
      fixedScope={{ id: szenario.scopeId, name: szenario.scopeName, typ: szenario.scopeTyp, landId: null }}
      submitLabel={t('allocation.form.save')}
      isPending={update.isPending}
      errors={errors}
      notice={notice}
      onSave={(v, modell) =>
        update.mutate(
          { name: v.name, beschreibung: v.beschreibung.trim() || null, modell, version: szenario.version },
          {
            onSuccess: (saved) => void navigate(szenarioHref(saved.id), { state: { message: t('allocation.form.saved', { version: saved.versionNummer }) } }),
            onError: (error) => {
              if (isConflict(error)) {
                // The stored scenario comes in; the person's input stays until they take the stored one.
                setConflict(true);
                void queryClient.invalidateQueries({ queryKey: [...allocationKey, 'szenario', szenario.id], exact: true });
                requestAnimationFrame(() => window.scrollTo(0, 0));
              } else showProblem(errors, error);
            },
          },
        )
      }
    />
  );
}
