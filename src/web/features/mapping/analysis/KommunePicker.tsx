import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, type Key } from 'react-aria-components';
import type { Kommune } from '../../../../domain/directory/contracts.js';
import { cx } from '../../../lib/cx.js';

/** Searchable choice of a Kommune (react-aria ComboBox). */
export function KommunePicker({ id, kommunen, value, onChange }: { id: string; kommunen: readonly Kommune[]; value: string | null; onChange: (kommuneId: string) => void }) {
  const { t } = useTranslation();
  return (
    <ComboBox
      id={id}
      defaultItems={kommunen}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      className={cx('kern-form-input', 'app-field', 'app-analysis-combobox')}
    >
      <Label className="kern-label">{t('mappingAnalysis.kommune')}</Label>
      <div className="app-analysis-combobox__group">
        <Input className="kern-form-input__input app-analysis-combobox__input" />
        <Button className="app-analysis-combobox__button" aria-label={t('mappingAnalysis.showKommunen')}>
          <span className="app-analysis-combobox__chevron" aria-hidden="true" />
        </Button>
      </div>
      <Popover className="app-popover" placement="bottom start">
        <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{t('mappingAnalysis.noKommuneMatch')}</p>}>
          {(kommune: Kommune) => (
            <ListBoxItem id={kommune.id} textValue={kommune.name} className="app-listbox__item">
              {kommune.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
