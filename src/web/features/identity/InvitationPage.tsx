import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { acceptInvitationBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { NewPasswordFields } from './NewPasswordFields.js';
import { QueryError } from '../../components/QueryError.js';
import { isApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { repeatError, validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useAcceptInvitation, useInvitation, type InvitationInfo } from './api.js';
import { requiredMessages } from './messages.js';

const ids = { name: 'einladung-name', password: 'einladung-passwort', passwordRepeat: 'einladung-passwort-wiederholen' };

function InvalidInvitation() {
  const { t } = useTranslation();
  return (
    <div className="app-narrow">
      <PageHeader title={t('invitation.invalidTitle')} lead={t('invitation.invalidText')} />
      <p className="kern-body">
        <AppLink href="/anmelden">{t('invitation.toLogin')}</AppLink>
      </p>
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState({ name: invitation.name, password: '', passwordRepeat: '' });
  const errors = useFormErrors();
  const accept = useAcceptInvitation(token);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { passwordRepeat, ...input } = values;
    const result = validate(acceptInvitationBody, input, {
      required: { name: requiredMessages.name, password: requiredMessages.password },
      extra: repeatError(values.password, passwordRepeat, {
        missing: t('form.passwordRepeatMissing'),
        mismatch: t('form.passwordMismatch'),
      }),
      order: ['name', 'password', 'passwordRepeat'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    accept.mutate(result.data, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: errors.showServerError,
    });
  }

  return (
    <div className="app-narrow">
      <PageHeader
        title={t('invitation.title')}
        lead={t('invitation.lead', { role: t(`roles.${invitation.role}`), scope: invitation.scopeName })}
      />
      <p className="kern-body">{t('invitation.email', { email: invitation.email })}</p>
      <p className="kern-body kern-body--small">{t('invitation.validUntil', { date: formatDateTime(invitation.expiresAt) })}</p>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('invitation.title')}>
        <FormField id={ids.name} label={t('invitation.name')} name="name" autoComplete="name" isRequired value={values.name} onChange={set('name')} error={errors.fields.name} />
        <input type="email" name="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <NewPasswordFields
          ids={ids}
          labels={{ password: t('invitation.password'), passwordRepeat: t('invitation.passwordRepeat') }}
          values={values}
          onChange={set}
          errors={errors.fields}
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={accept.isPending}>
            {t('invitation.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}

/** /einladung/:token — an invited person sets name and password and is logged in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  if (invitation.isPending) {
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <Loading />
      </>
    );
  }
  if (invitation.isError) {
    if (isApiError(invitation.error) && (invitation.error.status === 404 || invitation.error.status === 410)) {
      return <InvalidInvitation />;
    }
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />
      </>
    );
  }
  return <AcceptForm token={token} invitation={invitation.data} />;
}
