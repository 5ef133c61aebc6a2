import { useTranslation } from 'react-i18next';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { cx } from '../lib/cx.js';
import { FieldMessage } from './FieldMessage.js';

interface TextAreaFieldProps {
  /** Becomes the id of the text area, so the error summary can link to it. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
  isReadOnly?: boolean;
  /** As wide as a form (default), a medium field, or the whole column. */
  width?: 'wide' | 'medium' | 'full';
}

/** Labelled multi-line text input in KERN look (react-aria TextField). */
export function TextAreaField({ id, label, value, onChange, error, hint, optional, rows = 4, isReadOnly, width = 'wide' }: TextAreaFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isReadOnly={isReadOnly}
      validationBehavior="aria"
      className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', width !== 'full' && `app-field--${width}`)}
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
      <TextArea rows={rows} className={cx('kern-form-input__input', 'app-textarea-input', error && 'kern-form-input__input--error')} />
      <FieldMessage error={error} />
    </TextField>
  );
}
