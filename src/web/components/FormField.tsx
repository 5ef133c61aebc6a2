import { useTranslation } from 'react-i18next';
import { Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';
import { cx } from '../lib/cx.js';
import { FieldMessage } from './FieldMessage.js';

interface FormFieldProps extends Omit<TextFieldProps, 'children' | 'className' | 'isInvalid' | 'validationBehavior'> {
  /** Becomes the id of the input, so the error summary can link to it. */
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  width?: 'full' | 'medium';
}

/** Labelled text input (KERN look, react-aria behaviour) with hint and error. */
export function FormField({ label, error, hint, optional, width = 'medium', ...props }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', `app-field--${width}`)}
    >
      <Label className="kern-label">
        {label}
        {optional && <span className="kern-label__optional"> {t('common.optional')}</span>}
      </Label>
      {hint && (
        <Text slot="description" className="kern-hint">
          {hint}
        </Text>
      )}
      <Input className={cx('kern-form-input__input', error && 'kern-form-input__input--error')} />
      <FieldMessage error={error} />
    </TextField>
  );
}
