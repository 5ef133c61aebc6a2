import './networks.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { treffenBody, type Netzwerk } from '../../../domain/networks/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useCreateTreffen, useNetzwerk } from './api.js';
import { formatMeetingTime } from './format.js';
import { emptyTimePlace, PlaceFields, timePlaceIds, timePlaceInput, useTimePlaceProblems, WhenFields, withoutCombinedBeginn, type TimePlaceValues } from './MeetingFields.js';
import { meetingHref, networkHref } from './NetworksStartPage.js';
import { isNotFound, NetworkNotFound, showProblem } from './parts.js';
import { hasRole } from './permissions.js';

const ids = { titel: 'treffen-titel', ...timePlaceIds };
const order = ['titel', 'datum', 'beginn', 'uhrzeit', 'dauerMinuten', 'ort', 'onlineLink', 'kapazitaet'];

/** Loads the network of a planning page; only its moderation plans meetings. */
export function usePlanningNetwork() {
  const { id = '' } = useParams();
  return useNetzwerk(id);
}

/** The frame of the planning pages: not found, loading, no right to plan, archived. */
export function PlanningFrame({ title, lead, query, children }: { title: string; lead: string; query: ReturnType<typeof useNetzwerk>; children: (netzwerk: Netzwerk) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isError && isNotFound(query.error)) return <NetworkNotFound />;
  const netzwerk = query.data;
  return (
    <>
      {netzwerk && <BackLink href={networkHref(netzwerk.id)}>{t('networks.page.backTo', { name: netzwerk.name })}</BackLink>}
      <PageHeader preline={netzwerk?.name} title={title} lead={lead} />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !netzwerk ? (
        <Loading />
      ) : netzwerk.archiviert ? (
        <Alert variant="info" title={t('networks.page.archivedNotice')} />
      ) : !hasRole(netzwerk.meineRolle, 'moderation') ? (
        <Alert variant="info" title={t('networks.page.onlyModeration')} />
      ) : (
        children(netzwerk)
      )}
    </>
  );
}

/** /netzwerke/:id/treffen/neu — one meeting outside any series. */
export function TreffenCreatePage() {
  const { t } = useTranslation();
  const query = usePlanningNetwork();
  return (
    <PlanningFrame title={t('networks.single.title')} lead={t('networks.single.lead')} query={query}>
      {(netzwerk) => <CreateTreffen netzwerk={netzwerk} />}
    </PlanningFrame>
  );
}

function CreateTreffen({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateTreffen(netzwerk.id);
  const errors = useFormErrors();
  const problems = useTimePlaceProblems();
  const [titel, setTitel] = useState('');
  const [values, setValues] = useState<TimePlaceValues>(emptyTimePlace);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(treffenBody, { titel, ...timePlaceInput(values) }, { required: { titel: t('networks.single.titelRequired'), dauerMinuten: t('networks.when.dauerRequired') }, extra: problems(values), order });
    if (!result.ok) return errors.showFieldErrors(withoutCombinedBeginn(result.errors));
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (created) => navigate(meetingHref(created.id), { state: { message: t('networks.single.created', { titel: created.titel, wann: formatMeetingTime(created.beginn, created.ende) }) } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.single.title')}>
        <FormField id={ids.titel} label={t('networks.single.titel')} hint={t('networks.single.titelHint')} isRequired value={titel} onChange={setTitel} error={errors.fields.titel} width="full" />
        <WhenFields values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} />
        <PlaceFields values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('networks.single.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
