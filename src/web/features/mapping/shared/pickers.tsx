import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import type { Kommune } from '../../../../domain/directory/contracts.js';
import { FieldMessage } from '../../../components/FieldMessage.js';
import { CloseAfterPick, RemovableTags } from '../../../components/MultiSelectComboBox.js';
import { cx } from '../../../lib/cx.js';
import { useAkteurSearch, useSchoolSearch } from './api.js';
import { useLabels } from './labels.js';

/** An entry that can be picked: a school or an actor. */
export interface PickOption {
  id: string;
  name: string;
  detail?: string;
}

interface FieldProps {
  /** Becomes the id of the text input (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Narrow filter fields instead of form width. */
  compact?: boolean;
}

interface AsyncComboProps extends FieldProps {
  /** The picked entry (single choice); null while none is picked or when adding to a list. */
  selected: PickOption | null;
  onSelect: (option: PickOption | null) => void;
  options: readonly PickOption[];
  onSearch: (q: string) => void;
  onOpen: () => void;
  isLoading: boolean;
  emptyText: string;
  buttonLabel: string;
  /** Adding to a list: the text is emptied after each pick. */
  adds?: boolean;
}

/**
 * A react-aria ComboBox whose options come from the server: typing searches (after a short pause),
 * the arrow keys or the button open the list. For a single choice, emptying the text removes it.
 */
function AsyncCombo({ id, label, hint, error, optional, isRequired, isDisabled, compact, selected, onSelect, options, onSearch, onOpen, isLoading, emptyText, buttonLabel, adds }: AsyncComboProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(selected?.name ?? '');
  const [picks, setPicks] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const selectedId = selected?.id ?? null;
  const selectedName = selected?.name ?? '';

  // A choice made elsewhere (reset, the stored version taken over) shows up in the text.
  useEffect(() => {
    setInput(selectedName);
  }, [selectedId, selectedName]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function search(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(text.trim()), 250);
  }

  // The picked entry must be in the list, or the box would empty its text when it loses focus.
  const items = selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options;

  return (
    <ComboBox
      id={id}
      items={items}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (!adds && selected && text === selected.name) return search('');
        if (!adds && selected && text === '') onSelect(null);
        search(text);
      }}
      selectedKey={adds ? null : selectedId}
      onSelectionChange={(key: Key | null) => {
        if (key === null) {
          if (!adds && selected) onSelect(null);
          return;
        }
        const option = items.find((o) => o.id === String(key));
        if (!option) return;
        onSelect(option);
        if (adds) {
          setInput('');
          search('');
          setPicks((n) => n + 1);
        } else setInput(option.name);
      }}
      onOpenChange={(isOpen) => {
        if (isOpen) onOpen();
      }}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validationBehavior="aria"
      className={cx('kern-form-input', error && 'kern-form-input--error', 'app-field', compact ? 'app-mapping-filter-field' : 'app-field--medium', 'app-combo')}
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
      <div className="app-combo__group">
        <Input className={cx('kern-form-input__input', 'app-combo__input', error && 'kern-form-input__input--error')} />
        <Button className="app-combo__button" aria-label={buttonLabel}>
          <span className="app-combo__chevron" aria-hidden="true" />
        </Button>
      </div>
      <FieldMessage error={error} />
      {adds && <CloseAfterPick picks={picks} />}
      <Popover className="app-popover" placement="bottom start">
        <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{isLoading ? t('app.loading') : emptyText}</p>}>
          {(option: PickOption) => (
            <ListBoxItem id={option.id} textValue={option.name} className="app-listbox__item app-combo__item">
              <span>{option.name}</span>
              {option.detail && <span className="app-muted app-combo__detail">{option.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

interface SchoolPickerProps extends FieldProps {
  kommuneId: string | null;
  value: PickOption | null;
  onChange: (value: PickOption | null) => void;
  exclude?: readonly string[];
  adds?: boolean;
}

/** One school of the Kommune, found by name, Schulnummer or place. */
export function SchoolPicker({ kommuneId, value, onChange, exclude = [], adds, ...field }: SchoolPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(false);
  const found = useSchoolSearch(kommuneId, q, active);
  const options = (found.data?.items ?? [])
    .filter((s) => !exclude.includes(s.id))
    .map((s) => ({ id: s.id, name: s.name, detail: `${s.schulnummer} · ${s.schulform}${s.ort ? ` · ${s.ort}` : ''}` }));
  return (
    <AsyncCombo
      {...field}
      adds={adds}
      selected={value}
      onSelect={onChange}
      options={options}
      onSearch={(text) => {
        setActive(true);
        setQ(text);
      }}
      onOpen={() => setActive(true)}
      isLoading={found.isFetching}
      emptyText={t('mapping.pickers.noSchool')}
      buttonLabel={t('mapping.pickers.showSchools')}
    />
  );
}

/** Several schools as removable tags, with a search box to add more. */
export function SchoolMultiPicker({ id, label, hint, error, kommuneId, values, onChange, isDisabled }: FieldProps & { kommuneId: string | null; values: readonly PickOption[]; onChange: (values: PickOption[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="app-multi">
      <SchoolPicker
        id={id}
        label={label}
        hint={hint}
        error={error}
        kommuneId={kommuneId}
        value={null}
        adds
        exclude={values.map((v) => v.id)}
        onChange={(picked) => picked && onChange([...values, { id: picked.id, name: picked.name }])}
        isDisabled={isDisabled}
      />
      <RemovableTags
        id={id}
        values={values}
        onChange={onChange}
        emptyText={t('mapping.pickers.noSitesYet')}
        listLabel={t('mapping.pickers.chosenSites', { label })}
        removeLabel={(name) => t('mapping.pickers.removeSite', { name })}
        isDisabled={isDisabled}
      />
    </div>
  );
}

/** One actor of the Kommune (provider of an offer, partner of a cooperation, list filter). */
export function AkteurPicker({ kommuneId, value, onChange, exclude = [], ...field }: Omit<SchoolPickerProps, 'adds'>) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(false);
  const found = useAkteurSearch(kommuneId, q, active);
  const options = (found.data?.items ?? [])
    .filter((a) => !exclude.includes(a.id))
    .map((a) => ({ id: a.id, name: a.name, detail: `${labels.typ(a.typ, a.typLabel)} · ${labels.kreis(a.kreis)}` }));
  return (
    <AsyncCombo
      {...field}
      selected={value}
      onSelect={onChange}
      options={options}
      onSearch={(text) => {
        setActive(true);
        setQ(text);
      }}
      onOpen={() => setActive(true)}
      isLoading={found.isFetching}
      emptyText={t('mapping.pickers.noAkteur')}
      buttonLabel={t('mapping.pickers.showAkteure')}
    />
  );
}

/** The Kommune whose map is shown; typing filters the list in the browser. */
export function KommunePicker({ id, kommunen, value, onChange }: { id: string; kommunen: readonly Kommune[]; value: string | null; onChange: (kommuneId: string) => void }) {
  const { t } = useTranslation();
  return (
    <ComboBox
      id={id}
      defaultItems={kommunen}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key !== null && String(key) !== value) onChange(String(key));
      }}
      className="kern-form-input app-field app-mapping-filter-field app-combo"
    >
      <Label className="kern-label">{t('mapping.kommune')}</Label>
      <div className="app-combo__group">
        <Input className="kern-form-input__input app-combo__input" />
        <Button className="app-combo__button" aria-label={t('mapping.pickers.showKommunen')}>
          <span className="app-combo__chevron" aria-hidden="true" />
        </Button>
      </div>
      <Popover className="app-popover" placement="bottom start">
        <ListBox className="app-listbox" renderEmptyState={() => <p className="app-listbox__empty">{t('mapping.pickers.noKommune')}</p>}>
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
