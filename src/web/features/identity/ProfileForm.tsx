import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { updateProfileBody, type User } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { languages, isLanguage, rememberLanguage, type Language } from '../../i18n/index.js';
import { isApiError } from '../../lib/api.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useUpdateProfile } from './api.js';
import { requiredMessages } from './messages.js';
import { useSession } from './session.js';

const ids = { name: 'profil-name', email: 'profil-email', locale: 'profil-sprache' };

interface Values {
  name: string;
  locale: Language;
  version: number;
}

function valuesOf(user: User): Values {
  return { name: user.name, locale: isLanguage(user.locale) ? user.locale : 'de', version: user.version };
}

/** Name and language; the version detects concurrent changes (409). */
export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const update = useUpdateProfile();
  const errors = useFormErrors();
  const [values, setValues] = useState<Values>(() => valuesOf(user));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);

  // Follow changes made elsewhere (e.g. the language menu) while nothing is being edited here.
  useEffect(() => {
    if (!dirty) setValues(valuesOf(user));
  }, [user, dirty]);

  function edit(patch: Partial<Values>) {
    setValues((previous) => ({ ...previous, ...patch }));
    setDirty(true);
    setSaved(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const result = validate(updateProfileBody, values, { required: { name: requiredMessages.name }, order: ['name', 'locale'] });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    update.mutate(result.data, {
      onSuccess: (updated) => {
        setDirty(false);
        setSaved(true);
        if (isLanguage(updated.locale) && updated.locale !== i18n.resolvedLanguage) {
          rememberLanguage(updated.locale);
          void i18n.changeLanguage(updated.locale);
        }
      },
      onError: (error) => {
        errors.showServerError(error);
        if (isApiError(error) && error.status === 409) {
          setDirty(false);
          void session.refetch();
        }
      },
    });
  }

  return (
    <>
      <StatusMessage message={saved ? t('common.saved') : null} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('profile.personal')}>
        <FormField id={ids.name} label={t('profile.name')} name="name" autoComplete="name" isRequired value={values.name} onChange={(name) => edit({ name })} error={errors.fields.name} />
        <FormField id={ids.email} label={t('profile.email')} hint={t('profile.emailHint')} value={user.email} isReadOnly />
        <SelectField
          id={ids.locale}
          label={t('profile.locale')}
          value={values.locale}
          onChange={(value) => isLanguage(value) && edit({ locale: value })}
          options={languages.map((code) => ({ id: code, label: t(`language.${code}`), lang: code }))}
          error={errors.fields.locale}
          isRequired
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={update.isPending}>
            {t('profile.saveProfile')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
