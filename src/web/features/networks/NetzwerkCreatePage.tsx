import './networks.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useCurrentSession } from '../identity/session.js';
import { useCreateNetzwerk, useTraegerKommunen, type NetzwerkKommune } from './api.js';
import { emptyNetzwerk, NetzwerkFields, netzwerkIds, useNetzwerkCheck, type NetzwerkValues } from './NetzwerkFields.js';
import { networkHref } from './NetworksStartPage.js';
import { showProblem } from './parts.js';
import { canFound, defaultLand } from './permissions.js';

/** /netzwerke/neu — a coordinator founds a network and becomes its moderation. */
export function NetzwerkCreatePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const kommunen = useTraegerKommunen(canFound(session));
  return (
    <>
      <BackLink href="/netzwerke">{t('networks.page.backToList')}</BackLink>
      <PageHeader title={t('networks.form.createTitle')} lead={t('networks.form.createLead')} />
      {!canFound(session) ? (
        <Alert variant="info" title={t('networks.form.mayNotCreate')} />
      ) : kommunen.isError ? (
        <QueryError error={kommunen.error} onRetry={() => void kommunen.refetch()} />
      ) : kommunen.isPending ? (
        <Loading />
      ) : (
        <CreateForm kommunen={kommunen.data.items} />
      )}
    </>
  );
}

function CreateForm({ kommunen }: { kommunen: readonly NetzwerkKommune[] }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const create = useCreateNetzwerk();
  const errors = useFormErrors();
  const check = useNetzwerkCheck();
  const [values, setValues] = useState<NetzwerkValues>(() => emptyNetzwerk(defaultLand(session, kommunen)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = check(values);
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (created) => navigate(networkHref(created.id), { state: { message: t('networks.form.created', { name: created.name }) } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={netzwerkIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.form.createTitle')}>
        <NetzwerkFields values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors.fields} kommunen={kommunen} />
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={create.isPending}>
            {t('networks.form.create')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
