import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { setupBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { PageHeader } from '../../components/PageHeader.js';
import { NewPasswordFields } from './NewPasswordFields.js';
import { repeatError, validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useSetup } from './api.js';
import { requiredMessages } from './messages.js';

const ids = {
  name: 'einrichtung-name',
  email: 'einrichtung-email',
  password: 'einrichtung-passwort',
  passwordRepeat: 'einrichtung-passwort-wiederholen',
};

/** First run: the first account becomes the platform administration. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState({ name: '', email: '', password: '', passwordRepeat: '' });
  const errors = useFormErrors();
  const setup = useSetup();
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { passwordRepeat, ...input } = values;
    const result = validate(setupBody, input, {
      required: { name: requiredMessages.name, email: requiredMessages.email, password: requiredMessages.password },
      extra: repeatError(values.password, passwordRepeat, {
        missing: t('form.passwordRepeatMissing'),
        mismatch: t('form.passwordMismatch'),
      }),
      order: ['name', 'email', 'password', 'passwordRepeat'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    setup.mutate(result.data, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: errors.showServerError,
    });
  }

  return (
    <div className="app-narrow">
      <PageHeader title={t('setup.title')} lead={t('setup.lead')} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('setup.title')}>
        <FormField id={ids.name} label={t('setup.name')} name="name" autoComplete="name" isRequired value={values.name} onChange={set('name')} error={errors.fields.name} />
        <FormField id={ids.email} label={t('setup.email')} type="email" name="email" autoComplete="email" isRequired value={values.email} onChange={set('email')} error={errors.fields.email} />
        <NewPasswordFields
          ids={ids}
          labels={{ password: t('setup.password'), passwordRepeat: t('setup.passwordRepeat') }}
          values={values}
          onChange={set}
          errors={errors.fields}
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={setup.isPending}>
            {t('setup.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
