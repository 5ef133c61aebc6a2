import { useTranslation } from 'react-i18next';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { cx } from '../lib/cx.js';
import { FieldMessage } from './FieldMessage.js';

export interface SelectOption {
  id: string;
  label: string;
  lang?: string;
}

interface SelectFieldProps {
  /** Becomes the id of the trigger button, so the error summary can link to it. */
  id: string;
  label: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  optional?: boolean;
  width?: 'full' | 'medium';
}

/** react-aria Select (button + list box) dressed as a KERN select. */
export function SelectField({
  id,
  label,
  options,
  value,
  onChange,
  error,
  hint,
  placeholder,
  isRequired,
  isDisabled,
  optional,
  width = 'medium',
}: SelectFieldProps) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
      placeholder={placeholder ?? t('form.selectPlaceholder')}
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
      <div className="kern-form-input__select-wrapper app-select">
        <Button className={cx('kern-form-input__select', 'app-select__trigger', error && 'kern-form-input__select--error')}>
          <SelectValue className="app-select__value" />
        </Button>
      </div>
      <FieldMessage error={error} />
      <Popover className="app-popover" placement="bottom start">
        <ListBox
          className="app-listbox"
          items={options}
          renderEmptyState={() => <p className="app-listbox__empty">{t('form.noOptions')}</p>}
        >
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} lang={option.lang} className="app-listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
