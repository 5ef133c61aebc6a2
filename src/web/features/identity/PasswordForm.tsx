import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { changePasswordBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { repeatError, validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useChangePassword } from './api.js';
import { requiredMessages } from './messages.js';

const ids = { currentPassword: 'profil-passwort-bisher', newPassword: 'profil-passwort-neu', passwordRepeat: 'profil-passwort-wiederholen' };
const empty = { currentPassword: '', newPassword: '', passwordRepeat: '' };

export function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const errors = useFormErrors();
  const [values, setValues] = useState(empty);
  const [changed, setChanged] = useState(false);
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setChanged(false);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const { passwordRepeat, ...input } = values;
    const result = validate(changePasswordBody, input, {
      required: { currentPassword: requiredMessages.currentPassword, newPassword: requiredMessages.password },
      extra: repeatError(values.newPassword, passwordRepeat, {
        missing: t('form.passwordRepeatMissing'),
        mismatch: t('form.passwordMismatch'),
      }),
      order: ['currentPassword', 'newPassword', 'passwordRepeat'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    change.mutate(result.data, {
      onSuccess: () => {
        setValues(empty);
        setChanged(true);
      },
      onError: errors.showServerError,
    });
  }

  return (
    <>
      <StatusMessage message={changed ? t('profile.passwordChanged') : null} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('profile.password')}>
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <FormField
          id={ids.currentPassword}
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          isRequired
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.fields.currentPassword}
        />
        <FormField
          id={ids.newPassword}
          label={t('profile.newPassword')}
          hint={t('form.passwordHint')}
          type="password"
          autoComplete="new-password"
          isRequired
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.fields.newPassword}
        />
        <FormField
          id={ids.passwordRepeat}
          label={t('profile.newPasswordRepeat')}
          type="password"
          autoComplete="new-password"
          isRequired
          value={values.passwordRepeat}
          onChange={set('passwordRepeat')}
          error={errors.fields.passwordRepeat}
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={change.isPending}>
            {t('profile.savePassword')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
