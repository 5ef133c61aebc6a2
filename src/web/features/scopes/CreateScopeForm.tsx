import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { createScopeBody, type Scope } from '../../../domain/identity/contracts.js';
import { allowedParents, scopeTypes, type ScopeType } from '../../../domain/identity/roles.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { requiredMessages } from '../identity/messages.js';
import { scopeLabel, useCreateScope } from './api.js';

const ids = { type: 'einheit-typ', name: 'einheit-name', code: 'einheit-kennziffer', parentId: 'einheit-gehoert-zu' };
const creatable = scopeTypes.filter((type) => type !== 'plattform');
const empty = { type: null as ScopeType | null, name: '', code: '', parentId: null as string | null };

export function CreateScopeForm({ scopes }: { scopes: readonly Scope[] }) {
  const { t } = useTranslation();
  const create = useCreateScope();
  const errors = useFormErrors();
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const parents = values.type ? scopes.filter((scope) => allowedParents[values.type as ScopeType].includes(scope.type)) : [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const input = { ...values, code: values.code.trim() === '' ? null : values.code };
    const result = validate(createScopeBody, input, {
      required: { type: t('form.selectRequired'), name: requiredMessages.name, parentId: t('form.selectRequired') },
      order: ['type', 'name', 'code', 'parentId'],
    });
    if (!result.ok) return errors.showFieldErrors(result.errors);
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (scope) => {
        setCreated(t('scopes.created', { name: scope.name }));
        setValues(empty);
      },
      onError: errors.showServerError,
    });
  }

  return (
    <>
      <StatusMessage message={created} />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('scopes.createTitle')}>
        <SelectField
          id={ids.type}
          label={t('scopes.type')}
          value={values.type}
          onChange={(type) => setValues((previous) => ({ ...previous, type: type as ScopeType | null, parentId: null }))}
          options={creatable.map((type) => ({ id: type, label: t(`scopeTypes.${type}`) }))}
          error={errors.fields.type}
          isRequired
        />
        <FormField id={ids.name} label={t('scopes.name')} isRequired value={values.name} onChange={(name) => setValues((p) => ({ ...p, name }))} error={errors.fields.name} />
        <FormField id={ids.code} label={t('scopes.code')} hint={t('scopes.codeHint')} optional value={values.code} onChange={(code) => setValues((p) => ({ ...p, code }))} error={errors.fields.code} />
        <SelectField
          id={ids.parentId}
          label={t('scopes.parent')}
          hint={values.type ? t('scopes.parentHint', { types: allowedParents[values.type].map((type) => t(`scopeTypes.${type}`)).join(', ') }) : undefined}
          value={values.parentId}
          onChange={(parentId) => setValues((p) => ({ ...p, parentId }))}
          options={parents.map((scope) => ({ id: scope.id, label: scopeLabel(scope, t) }))}
          error={errors.fields.parentId}
          isRequired
          isDisabled={!values.type}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="add" isPending={create.isPending}>
            {t('scopes.submit')}
          </AppButton>
        </div>
      </Form>
    </>
  );
}
