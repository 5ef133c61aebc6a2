import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { resetPasswordBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { NewPasswordFields } from './NewPasswordFields.js';
import { QueryError } from '../../components/QueryError.js';
import { isApiError } from '../../lib/api.js';
import { repeatError, validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useResetInfo, useResetPassword } from './api.js';
import { requiredMessages } from './messages.js';

const ids = { password: 'zuruecksetzen-passwort', passwordRepeat: 'zuruecksetzen-passwort-wiederholen' };

function ResetForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState({ password: '', passwordRepeat: '' });
  const errors = useFormErrors();
  const reset = useResetPassword(token);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(resetPasswordBody, { password: values.password }, {
      required: { password: requiredMessages.password },
      extra: repeatError(values.password, values.passwordRepeat, {
        missing: t('form.passwordRepeatMissing'),
        mismatch: t('form.passwordMismatch'),
      }),
      order: ['password', 'passwordRepeat'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    reset.mutate(result.data, {
      onSuccess: () => void navigate('/anmelden', { replace: true, state: { notice: 'passwordReset' } }),
      onError: errors.showServerError,
    });
  }

  return (
    <div className="app-narrow">
      <PageHeader title={t('reset.title')} lead={t('reset.lead', { email })} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('reset.title')}>
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordFields
          ids={ids}
          labels={{ password: t('reset.password'), passwordRepeat: t('reset.passwordRepeat') }}
          values={values}
          onChange={set}
          errors={errors.fields}
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={reset.isPending}>
            {t('reset.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}

/** /passwort-zuruecksetzen/:token — set a new password from a reset link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useResetInfo(token);
  if (info.isPending) {
    return (
      <>
        <PageHeader title={t('reset.title')} />
        <Loading />
      </>
    );
  }
  if (info.isError) {
    if (isApiError(info.error) && (info.error.status === 404 || info.error.status === 410)) {
      return (
        <div className="app-narrow">
          <PageHeader title={t('reset.invalidTitle')} lead={t('reset.invalidText')} />
          <p className="kern-body">
            <AppLink href="/anmelden">{t('invitation.toLogin')}</AppLink>
          </p>
        </div>
      );
    }
    return (
      <>
        <PageHeader title={t('reset.title')} />
        <QueryError error={info.error} onRetry={() => void info.refetch()} />
      </>
    );
  }
  return <ResetForm token={token} email={info.data.email} />;
}
