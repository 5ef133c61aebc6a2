import './transitions.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { MAX_AUFBEWAHRUNG_TAGE } from '../../../domain/transitions/round-contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { MultiSelectComboBox } from '../../components/MultiSelectComboBox.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useBereiche, useCreateRunde, type UebergangBereich } from './api.js';
import { rundeHref, transitionsHome } from './paths.js';
import { checkRunde, emptyRunde, rundeFieldIds, rundeProblemErrors, schuleChoice, type RundeValues, type SchuleChoice } from './round/rundeForm.js';

/** /uebergaenge/neu — a coordinator opens a round of a Kommune. */
export function RundeCreatePage() {
  const { t } = useTranslation();
  const bereiche = useBereiche();
  return (
    <>
      <BackLink href={transitionsHome}>{t('transitions.backToList')}</BackLink>
      <PageHeader title={t('transitions.create.title')} lead={t('transitions.create.lead')} />
      {bereiche.isError ? (
        <QueryError error={bereiche.error} onRetry={() => void bereiche.refetch()} />
      ) : bereiche.isPending ? (
        <Loading />
      ) : bereiche.data.items.length === 0 ? (
        <Alert variant="info" title={t('transitions.create.mayNotCreate')} />
      ) : (
        <CreateForm bereiche={bereiche.data.items} />
      )}
    </>
  );
}

function CreateForm({ bereiche }: { bereiche: readonly UebergangBereich[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRunde();
  const errors = useFormErrors();
  const [values, setValues] = useState<RundeValues>(() => emptyRunde(bereiche.length === 1 ? bereiche[0]!.kommune.id : null));
  const change = (patch: Partial<RundeValues>) => setValues((v) => ({ ...v, ...patch }));
  const bereich = bereiche.find((b) => b.kommune.id === values.kommuneId);
  const schulen = useMemo(() => (bereich?.schulen ?? []).map(schuleChoice), [bereich]);
  // A school is either feeder or receiving in one round.
  const offenFuer = (chosen: readonly SchuleChoice[]) => schulen.filter((s) => !chosen.some((c) => c.id === s.id));

  function chooseKommune(kommuneId: string | null) {
    // Schools of another Kommune cannot stay chosen.
    if (kommuneId !== values.kommuneId) change({ kommuneId, abgebendeSchulen: [], aufnehmendeSchulen: [] });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkRunde(values, { kommuneId: t('transitions.create.kommuneRequired'), frist: t('transitions.create.fristRequired') });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    create.mutate(checked.data, {
      onSuccess: (runde) => void navigate(rundeHref(runde.id), { state: { message: t('transitions.create.created', { name: runde.bezeichnung }) } }),
      onError: (error) => {
        const fields = rundeProblemErrors(error);
        if (fields) errors.showFieldErrors(fields);
        else errors.showServerError(error);
      },
    });
  }

  const schulPicker = (key: 'abgebendeSchulen' | 'aufnehmendeSchulen', other: 'abgebendeSchulen' | 'aufnehmendeSchulen') => (
    <MultiSelectComboBox
      id={rundeFieldIds[key]}
      label={t(`transitions.create.${key}`)}
      hint={t(`transitions.create.${key}Hint`)}
      options={offenFuer(values[other])}
      toValue={(s) => s}
      limit={100}
      buttonLabel={t('transitions.create.showSchulen')}
      noMatchText={bereich ? t('transitions.create.noSchule') : t('transitions.create.kommuneFirst')}
      emptyText={t('transitions.create.noneChosen')}
      listLabel={t(`transitions.create.${key}Chosen`)}
      removeLabel={(name) => t('transitions.create.removeSchule', { name })}
      values={values[key]}
      onChange={(next) => change({ [key]: next })}
      error={errors.fields[key]}
    />
  );

  return (
    <div className="app-trans-form">
      <ErrorSummary errors={errors} fieldIds={rundeFieldIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('transitions.create.title')}>
        <SelectField
          id={rundeFieldIds.kommuneId}
          label={t('transitions.create.kommune')}
          options={bereiche.map((b) => ({ id: b.kommune.id, label: b.kommune.name }))}
          value={values.kommuneId}
          onChange={chooseKommune}
          error={errors.fields.kommuneId}
          isRequired
        />
        <FormField
          id={rundeFieldIds.bezeichnung}
          label={t('transitions.create.bezeichnung')}
          hint={t('transitions.create.bezeichnungHint')}
          value={values.bezeichnung}
          onChange={(bezeichnung) => change({ bezeichnung })}
          error={errors.fields.bezeichnung}
          isRequired
          width="full"
        />
        <FormField
          id={rundeFieldIds.schuljahr}
          label={t('transitions.create.schuljahr')}
          hint={t('transitions.create.schuljahrHint')}
          value={values.schuljahr}
          onChange={(schuljahr) => change({ schuljahr })}
          error={errors.fields.schuljahr}
          isRequired
        />
        <FormField
          id={rundeFieldIds.frist}
          type="date"
          label={t('transitions.create.frist')}
          hint={t('transitions.create.fristHint')}
          value={values.frist}
          onChange={(frist) => change({ frist })}
          error={errors.fields.frist}
          isRequired
        />
        <FormField
          id={rundeFieldIds.aufbewahrungTage}
          inputMode="numeric"
          label={t('transitions.create.aufbewahrung')}
          hint={t('transitions.create.aufbewahrungHint', { max: MAX_AUFBEWAHRUNG_TAGE })}
          value={values.aufbewahrungTage}
          onChange={(aufbewahrungTage) => change({ aufbewahrungTage })}
          error={errors.fields.aufbewahrungTage}
          isRequired
        />
        {schulPicker('abgebendeSchulen', 'aufnehmendeSchulen')}
        {schulPicker('aufnehmendeSchulen', 'abgebendeSchulen')}
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('transitions.create.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
