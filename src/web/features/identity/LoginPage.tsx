import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { loginBody } from '../../../domain/identity/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { validate } from '../../lib/forms.js';
import { safeReturnPath } from '../../lib/links.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useLogin } from './api.js';
import { requiredMessages } from './messages.js';

const ids = { email: 'anmelden-email', password: 'anmelden-passwort' };
type Notice = 'loggedOut' | 'passwordReset';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notice = (location.state as { notice?: Notice } | null)?.notice;
  const [values, setValues] = useState({ email: '', password: '' });
  const errors = useFormErrors();
  const login = useLogin();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(loginBody, values, {
      required: { email: requiredMessages.email, password: requiredMessages.password },
      order: ['email', 'password'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    login.mutate(result.data, {
      onSuccess: () => void navigate(safeReturnPath(params.get('weiter')), { replace: true }),
      onError: (error) => {
        errors.showServerError(error);
        setValues((previous) => ({ ...previous, password: '' }));
      },
    });
  }

  return (
    <div className="app-narrow">
      <PageHeader title={t('login.title')} lead={t('login.lead')} />
      {notice && !errors.hasErrors && (
        <Alert variant="success" role="status" title={notice === 'loggedOut' ? t('login.loggedOut') : t('login.passwordReset')} />
      )}
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('login.title')}>
        <FormField
          id={ids.email}
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          isRequired
          value={values.email}
          onChange={(email) => setValues((previous) => ({ ...previous, email }))}
          error={errors.fields.email}
        />
        <FormField
          id={ids.password}
          label={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          isRequired
          value={values.password}
          onChange={(password) => setValues((previous) => ({ ...previous, password }))}
          error={errors.fields.password}
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={login.isPending}>
            {t('login.submit')}
          </AppButton>
        </div>
      </Form>
      <p className="kern-body app-hint-text">{t('login.forgotten')}</p>
    </div>
  );
}
