import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';

/** The new password and its repetition, as setup, invitation and reset ask for them. */
export function NewPasswordFields(props: {
  ids: { password: string; passwordRepeat: string };
  labels: { password: string; passwordRepeat: string };
  values: { password: string; passwordRepeat: string };
  onChange: (field: 'password' | 'passwordRepeat') => (value: string) => void;
  errors: { password?: string; passwordRepeat?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={props.ids.password}
        label={props.labels.password}
        hint={t('form.passwordHint')}
        type="password"
        name="password"
        autoComplete="new-password"
        isRequired
        value={props.values.password}
        onChange={props.onChange('password')}
        error={props.errors.password}
      />
      <FormField
        id={props.ids.passwordRepeat}
        label={props.labels.passwordRepeat}
        type="password"
        name="passwordRepeat"
        autoComplete="new-password"
        isRequired
        value={props.values.passwordRepeat}
        onChange={props.onChange('passwordRepeat')}
        error={props.errors.passwordRepeat}
      />
    </>
  );
}
