import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { inviteBody } from '../../../domain/identity/contracts.js';
import { AppButton } from '../../components/AppButton.js';
import { AppDialog } from '../../components/AppDialog.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { OneTimeLink } from '../../components/OneTimeLink.js';
import { SelectField } from '../../components/SelectField.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { requiredMessages } from '../identity/messages.js';
import { scopeLabel, sortScopes, useScopes } from '../scopes/api.js';
import { useInvite, useRoles, type OneTimeLink as Link } from './api.js';

const ids = { email: 'einladen-email', name: 'einladen-name', scopeId: 'einladen-einheit', role: 'einladen-rolle', link: 'einladen-link' };
const empty = { email: '', name: '', scopeId: null as string | null, role: null as string | null };

function InviteForm({ onDone }: { onDone: (result: Link, email: string) => void }) {
  const { t } = useTranslation();
  const scopes = useScopes();
  const roles = useRoles();
  const invite = useInvite();
  const errors = useFormErrors();
  const [values, setValues] = useState(empty);
  const set = <K extends keyof typeof empty>(field: K) => (value: (typeof empty)[K]) => setValues((previous) => ({ ...previous, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(inviteBody, values, {
      required: {
        email: requiredMessages.email,
        name: requiredMessages.name,
        scopeId: t('form.selectRequired'),
        role: t('form.selectRequired'),
      },
      order: ['email', 'name', 'scopeId', 'role'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    invite.mutate(result.data, { onSuccess: (link) => onDone(link, result.data.email), onError: errors.showServerError });
  }

  return (
    <>
      <p className="kern-body">{t('invite.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-form--dialog" aria-label={t('invite.title')}>
        <FormField id={ids.email} label={t('invite.email')} type="email" autoComplete="off" isRequired value={values.email} onChange={set('email')} error={errors.fields.email} width="full" />
        <FormField id={ids.name} label={t('invite.name')} autoComplete="off" isRequired value={values.name} onChange={set('name')} error={errors.fields.name} width="full" />
        <SelectField
          id={ids.scopeId}
          label={t('invite.scope')}
          value={values.scopeId}
          onChange={set('scopeId')}
          options={sortScopes(scopes.data?.items ?? []).map((scope) => ({ id: scope.id, label: scopeLabel(scope, t) }))}
          error={errors.fields.scopeId}
          isRequired
          width="full"
        />
        <SelectField
          id={ids.role}
          label={t('invite.role')}
          value={values.role}
          onChange={set('role')}
          options={(roles.data?.items ?? []).filter((role) => role.grantable).map((role) => ({ id: role.role, label: t(`roles.${role.role}`) }))}
          error={errors.fields.role}
          isRequired
          width="full"
        />
        <div className="app-actions">
          <AppButton type="submit" isPending={invite.isPending}>
            {t('invite.submit')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}

/** Dialog on the users page: invite a person, then show the one-time link. */
export function InviteDialog({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ link: Link; email: string } | null>(null);

  function change(open: boolean) {
    if (!open) setCreated(null);
    onOpenChange(open);
  }

  return (
    <AppDialog isOpen={isOpen} onOpenChange={change} title={created ? t('invite.createdTitle') : t('invite.title')}>
      {created ? (
        <>
          <OneTimeLink
            id={ids.link}
            label={t('invite.link')}
            link={created.link.link}
            expiresAt={created.link.expiresAt}
            emailNote={created.link.emailed ? t('invite.emailed', { email: created.email }) : t('invite.notEmailed', { email: created.email })}
          />
          <div className="app-actions">
            <AppButton variant="primary" onPress={() => change(false)}>
              {t('common.close')}
            </AppButton>
          </div>
        </>
      ) : (
        <InviteForm onDone={(link, email) => setCreated({ link, email })} />
      )}
    </AppDialog>
  );
}
