import { useContext, useEffect, useState } from 'react';
import { Button, ComboBox, ComboBoxStateContext, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter, type Key } from 'react-aria-components';
import { cx } from '../lib/cx.js';
import { FieldMessage } from './FieldMessage.js';
import { Icon } from './Icon.js';

/**
 * When picking adds to a list, the box keeps no selection of its own, so react-aria does not close
 * the list by itself: this closes it after each pick.
 */
export function CloseAfterPick({ picks }: { picks: number }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    if (picks > 0) state?.close();
    // Only a new pick closes the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picks]);
  return null;
}

/** Something that can be chosen and shown as a tag. */
export interface Chosen {
  id: string;
  name: string;
}

interface RemovableTagsProps<V extends Chosen> {
  /** The id of the search box: the remove buttons derive theirs from it, focus falls back to it. */
  id: string;
  values: readonly V[];
  onChange: (values: V[]) => void;
  /** Accessible name of the list of tags. */
  listLabel: string;
  /** Shown instead of the list while nothing is chosen. */
  emptyText: string;
  /** Accessible name of a tag's remove button. */
  removeLabel: (name: string) => string;
  isDisabled?: boolean;
}

/** The chosen entries as tags, each with a button that removes it. */
export function RemovableTags<V extends Chosen>({ id, values, onChange, listLabel, emptyText, removeLabel, isDisabled }: RemovableTagsProps<V>) {
  function remove(index: number) {
    const next = values.filter((_, i) => i !== index);
    onChange(next);
    // Focus stays in the list: on the next tag's button, the previous one, or the search box.
    const target = next[index] ?? next[index - 1];
    requestAnimationFrame(() => document.getElementById(target ? `${id}-remove-${target.id}` : id)?.focus());
  }

  if (values.length === 0) return <p className="kern-body app-muted app-multi__none">{emptyText}</p>;
  return (
    <ul className="app-tags" aria-label={listLabel}>
      {values.map((value, index) => (
        <li key={value.id} className="app-tag">
          <span className="app-tag__name">{value.name}</span>
          <button id={`${id}-remove-${value.id}`} type="button" className="app-tag__remove" aria-label={removeLabel(value.name)} disabled={isDisabled} onClick={() => remove(index)}>
            <Icon name="close" />
          </button>
        </li>
      ))}
    </ul>
  );
}

interface MultiSelectComboBoxProps<O extends Chosen, V extends Chosen> extends Omit<RemovableTagsProps<V>, 'isDisabled'> {
  label: string;
  hint?: string;
  error?: string;
  /** Everything that may be chosen; filtered in the browser by the typed text. */
  options: readonly O[];
  /** What a picked option becomes in the list of chosen entries. */
  toValue: (option: O) => V;
  /** A second, muted line of an option in the list box. */
  detail?: (option: O) => string | null | undefined;
  /** At most this many options are listed (long lists are narrowed by typing). */
  limit?: number;
  /** Accessible name of the button that opens the list. */
  buttonLabel: string;
  /** Shown in the open list when no option matches. */
  noMatchText: string;
}

/** Several entries as removable tags, with a search box (filtered in the browser) to add more. */
export function MultiSelectComboBox<O extends Chosen, V extends Chosen>({
  id,
  label,
  hint,
  error,
  options,
  values,
  onChange,
  toValue,
  detail,
  limit,
  buttonLabel,
  noMatchText,
  ...tags
}: MultiSelectComboBoxProps<O, V>) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const [input, setInput] = useState('');
  const [picks, setPicks] = useState(0);
  const matching = options.filter((o) => !values.some((v) => v.id === o.id) && contains(o.name, input.trim()));
  const items = limit === undefined ? matching : matching.slice(0, limit);

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
          const option = options.find((o) => o.id === String(key));
          if (!option) return;
          onChange([...values, toValue(option)]);
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
          <Button className="app-combo__button" aria-label={buttonLabel}>
            <span className="app-combo__chevron" aria-hidden="true" />
          </Button>
        </div>
        <FieldMessage error={error} />
        <CloseAfterPick picks={picks} />
        <Popover className="app-popover" placement="bottom start">
          <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{noMatchText}</p>}>
            {(option: O) => {
              const second = detail?.(option);
              return (
                <ListBoxItem id={option.id} textValue={option.name} className="app-listbox__item app-combo__item">
                  <span>{option.name}</span>
                  {second && <span className="app-muted app-combo__detail">{second}</span>}
                </ListBoxItem>
              );
            }}
          </ListBox>
        </Popover>
      </ComboBox>
      <RemovableTags id={id} values={values} onChange={onChange} {...tags} />
    </div>
  );
}
