import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import type { Kommune } from '../../../domain/directory/contracts.js';
import { cx } from '../../lib/cx.js';

interface KommuneComboBoxProps {
  id: string;
  label: string;
  hint?: string;
  kommunen: readonly Kommune[];
  value: string | null;
  onChange: (kommuneId: string | null) => void;
  isDisabled?: boolean;
}

/**
 * Searchable choice of one of the Kommunen (react-aria ComboBox): typing filters by name, arrow
 * keys open the list, emptying the field removes the choice. `id` becomes the input's id.
 */
export function KommuneComboBox({ id, label, hint, kommunen, value, onChange, isDisabled }: KommuneComboBoxProps) {
  const { t } = useTranslation();
  return (
    <ComboBox
      id={id}
      defaultItems={kommunen}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isDisabled={isDisabled}
      className={cx('kern-form-input', 'app-field', 'app-field--medium', 'app-combobox')}
    >
      <Label className="kern-label">{label}</Label>
      {hint && (
        <Text slot="description" className="kern-hint">
          {hint}
        </Text>
      )}
      <div className="app-combobox__group">
        <Input className="kern-form-input__input app-combobox__input" />
        <Button className="app-combobox__button" aria-label={t('directory.showKommunen')}>
          <span className="app-combobox__chevron" aria-hidden="true" />
        </Button>
      </div>
      <Popover className="app-popover" placement="bottom start">
        <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{t('directory.noKommuneMatch')}</p>}>
          {(kommune: Kommune) => (
            <ListBoxItem id={kommune.id} textValue={kommune.name} className="app-listbox__item app-combobox__item">
              <span>{kommune.name}</span>
              <span className="app-muted app-combobox__detail">
                {t(`directory.arten.${kommune.art}`)} · {t('directory.schoolCount', { count: kommune.schulen })}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
