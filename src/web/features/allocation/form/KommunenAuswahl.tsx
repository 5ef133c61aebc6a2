import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, ComboBoxStateContext, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter, type Key } from 'react-aria-components';
import type { Kommune } from '../../../../domain/directory/contracts.js';
import { FieldMessage } from '../../../components/FieldMessage.js';
import { Icon } from '../../../components/Icon.js';
import { cx } from '../../../lib/cx.js';
import { formatNumber } from '../format.js';
import type { KommuneChoice } from './values.js';

/** The box keeps no selection of its own (each pick adds to the list), so it is closed after a pick. */
function CloseAfterPick({ picks }: { picks: number }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    if (picks > 0) state?.close();
    // Only a new pick closes the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picks]);
  return null;
}

interface KommunenAuswahlProps {
  /** Becomes the id of the text input (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly Kommune[];
  values: readonly KommuneChoice[];
  onChange: (values: KommuneChoice[]) => void;
}

/** Several Kommunen as removable tags, with a search box (filtered in the browser) to add more. */
export function KommunenAuswahl({ id, label, hint, error, options, values, onChange }: KommunenAuswahlProps) {
  const { t } = useTranslation();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [input, setInput] = useState('');
  const [picks, setPicks] = useState(0);
  const items = options.filter((k) => !values.some((v) => v.id === k.id) && contains(k.name, input.trim())).slice(0, 100);

  function remove(index: number) {
    const next = values.filter((_, i) => i !== index);
    onChange(next);
    // Focus stays in the list: on the next tag's button, the previous one, or the search box.
    const target = next[index] ?? next[index - 1];
    requestAnimationFrame(() => document.getElementById(target ? `${id}-remove-${target.id}` : id)?.focus());
  }

  return (
    <div className="app-multi">
      <ComboBox
        id={id}
        items={items}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={null}
        onSelectionChange={(key: Key | null) => {
          if (key === null) return;
          const kommune = options.find((k) => k.id === String(key));
          if (!kommune) return;
          onChange([...values, { id: kommune.id, name: kommune.name }]);
          setInput('');
          setPicks((n) => n + 1);
        }}
        allowsEmptyCollection
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', 'app-field--medium', 'app-combo')}
      >
        <Label className="kern-label">{label}</Label>
        {hint && (
          <Text slot="description" className="kern-hint">
            {hint}
          </Text>
        )}
        <div className="app-combo__group">
          <Input className={cx('kern-form-input__input', 'app-combo__input', error && 'kern-form-input__input--error')} />
          <Button className="app-combo__button" aria-label={t('allocation.form.showKommunen')}>
            <span className="app-combo__chevron" aria-hidden="true" />
          </Button>
        </div>
        <FieldMessage error={error} />
        <CloseAfterPick picks={picks} />
        <Popover className="app-popover" placement="bottom start">
          <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{t('allocation.form.noKommune')}</p>}>
            {(kommune: Kommune) => (
              <ListBoxItem id={kommune.id} textValue={kommune.name} className="app-listbox__item app-combo__item">
                <span>{kommune.name}</span>
                <span className="app-muted app-combo__detail">{t('allocation.form.kommuneSchulen', { count: kommune.schulen, anzahl: formatNumber(kommune.schulen, 0) })}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {values.length === 0 ? (
        <p className="kern-body app-muted app-multi__none">{t('allocation.form.alleKommunen')}</p>
      ) : (
        <ul className="app-tags" aria-label={t('allocation.form.chosenKommunen')}>
          {values.map((kommune, index) => (
            <li key={kommune.id} className="app-tag">
              <span className="app-tag__name">{kommune.name}</span>
              <button
                id={`${id}-remove-${kommune.id}`}
                type="button"
                className="app-tag__remove"
                aria-label={t('allocation.form.removeKommune', { name: kommune.name })}
                onClick={() => remove(index)}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
