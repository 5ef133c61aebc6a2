import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, ComboBoxStateContext, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter, type Key } from 'react-aria-components';
import { FieldMessage } from '../../components/FieldMessage.js';
import { Icon } from '../../components/Icon.js';
import { cx } from '../../lib/cx.js';
import type { NetzwerkKommune } from './api.js';
import { useNetworkLabels } from './labels.js';

export interface KommuneChoice {
  id: string;
  name: string;
  /** The state, when known (for the check against the network's state). */
  land?: string | null;
}

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

interface KommunenPickerProps {
  /** Becomes the id of the text input (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly NetzwerkKommune[];
  values: readonly KommuneChoice[];
  onChange: (values: KommuneChoice[]) => void;
}

/** Several Kommunen as removable tags, with a search box (filtered in the browser) to add more. */
export function KommunenPicker({ id, label, hint, error, options, values, onChange }: KommunenPickerProps) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [input, setInput] = useState('');
  const [picks, setPicks] = useState(0);
  const items = options.filter((k) => !values.some((v) => v.id === k.id) && contains(k.name, input.trim()));

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
          onChange([...values, { id: kommune.id, name: kommune.name, land: kommune.land }]);
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
          <Button className="app-combo__button" aria-label={t('networks.form.showKommunen')}>
            <span className="app-combo__chevron" aria-hidden="true" />
          </Button>
        </div>
        <FieldMessage error={error} />
        <CloseAfterPick picks={picks} />
        <Popover className="app-popover" placement="bottom start">
          <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{t('networks.form.noKommune')}</p>}>
            {(kommune: NetzwerkKommune) => (
              <ListBoxItem id={kommune.id} textValue={kommune.name} className="app-listbox__item app-combo__item">
                <span>{kommune.name}</span>
                {kommune.land && <span className="app-muted app-combo__detail">{labels.land(kommune.land)}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {values.length === 0 ? (
        <p className="kern-body app-muted app-multi__none">{t('networks.form.noKommunenYet')}</p>
      ) : (
        <ul className="app-tags" aria-label={t('networks.form.chosenKommunen')}>
          {values.map((kommune, index) => (
            <li key={kommune.id} className="app-tag">
              <span className="app-tag__name">{kommune.name}</span>
              <button
                id={`${id}-remove-${kommune.id}`}
                type="button"
                className="app-tag__remove"
                aria-label={t('networks.form.removeKommune', { name: kommune.name })}
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
