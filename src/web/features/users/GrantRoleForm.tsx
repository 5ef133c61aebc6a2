import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { grantMembershipBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { scopeLabel, sortScopes, useScopes } from '../scopes/api.js';
import { useGrantMembership, useRoles } from './api.js';

const ids = { scopeId: 'rolle-einheit', role: 'rolle-rolle' };

/** Assign a further role for an organisational unit. */
export function GrantRoleForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const scopes = useScopes();
  const roles = useRoles();
  const grant = useGrantMembership(userId);
  const errors = useFormErrors();
  const [values, setValues] = useState<{ scopeId: string | null; role: string | null }>({ scopeId: null, role: null });
  const [granted, setGranted] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGranted(false);
    const result = validate(grantMembershipBody, values, {
      required: { scopeId: t('form.selectRequired'), role: t('form.selectRequired') },
      order: ['scopeId', 'role'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    grant.mutate(result.data, {
      onSuccess: () => {
        setGranted(true);
        setValues({ scopeId: null, role: null });
      },
      onError: errors.showServerError,
    });
  }

  return (
    <div className="app-subsection">
      <h3 className="kern-heading-small">{t('userDetail.grantTitle')}</h3>
      <StatusMessage message={granted ? t('userDetail.granted') : null} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-form--inline" aria-label={t('userDetail.grantTitle')}>
        <SelectField
          id={ids.scopeId}
          label={t('userDetail.scope')}
          value={values.scopeId}
          onChange={(scopeId) => setValues((previous) => ({ ...previous, scopeId }))}
          options={sortScopes(scopes.data?.items ?? []).map((scope) => ({ id: scope.id, label: scopeLabel(scope, t) }))}
          error={errors.fields.scopeId}
          isRequired
        />
        <SelectField
          id={ids.role}
          label={t('userDetail.role')}
          value={values.role}
          onChange={(role) => setValues((previous) => ({ ...previous, role }))}
          options={(roles.data?.items ?? []).filter((r) => r.grantable).map((r) => ({ id: r.role, label: t(`roles.${r.role}`) }))}
          error={errors.fields.role}
          isRequired
        />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={grant.isPending}>
            {t('userDetail.grant')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
