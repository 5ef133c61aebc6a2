import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { AppButton } from '../../../components/AppButton.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { SelectField, type SelectOption } from '../../../components/SelectField.js';
import { formatDate } from '../../../lib/format.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useVersionen, type SzenarioKopf } from '../api.js';
import { MAX_COMPARED, type CompareRef } from './ids.js';
import { SeriesSwatch, seriesLetter } from './series.js';

interface Row {
  /** Stable key of the row while rows are added and removed. */
  key: number;
  id: string | null;
  version: number | null;
}

const current = 'aktuell';

let rowKeys = 0;
const newRow = (ref?: CompareRef): Row => ({ key: rowKeys++, id: ref?.id ?? null, version: ref?.version ?? null });

function toRows(refs: readonly CompareRef[]): Row[] {
  const rows = refs.slice(0, MAX_COMPARED).map(newRow);
  while (rows.length < 2) rows.push(newRow());
  return rows;
}

function VersionField({ id, szenarioId, currentNumber, value, onChange }: { id: string; szenarioId: string; currentNumber: number | null; value: number | null; onChange: (v: number | null) => void }) {
  const { t } = useTranslation();
  const versionen = useVersionen(szenarioId);
  const options: SelectOption[] = [
    { id: current, label: currentNumber === null ? t('allocationCompare.picker.currentVersion') : t('allocationCompare.picker.currentVersionN', { nummer: currentNumber }) },
    ...(versionen.data?.items ?? []).map((v) => ({ id: String(v.nummer), label: t('allocationCompare.picker.versionOption', { nummer: v.nummer, datum: formatDate(v.erstelltAm) }) })),
  ];
  // A version given in the address stays choosable while the list loads (or when it cannot be read).
  if (value !== null && !options.some((o) => o.id === String(value))) options.push({ id: String(value), label: t('allocationCompare.picker.versionOnly', { nummer: value }) });
  return (
    <SelectField
      id={id}
      label={t('allocationCompare.picker.version')}
      options={options}
      value={value === null ? current : String(value)}
      onChange={(v) => onChange(!v || v === current ? null : Number(v))}
    />
  );
}

/**
 * Choosing two to five scenarios, each at its current or a saved version. The choice takes effect
 * with "Vergleichen" and lands in the address; the form follows the address when it changes from
 * elsewhere (back button, a link).
 */
export function ScenarioPicker({ refs, szenarien, onCompare }: { refs: readonly CompareRef[]; szenarien: readonly SzenarioKopf[]; onCompare: (refs: CompareRef[]) => void }) {
  const { t } = useTranslation();
  const baseId = useId();
  const errors = useFormErrors();
  const refsKey = JSON.stringify(refs);
  const [shownKey, setShownKey] = useState(refsKey);
  const [rows, setRows] = useState<Row[]>(() => toRows(refs));
  if (shownKey !== refsKey) {
    setShownKey(refsKey);
    setRows(toRows(refs));
  }
  const actions = useRef<HTMLDivElement>(null);
  // After removing a row its button is gone: focus goes to the first button below the rows.
  const [removed, setRemoved] = useState(0);
  useEffect(() => {
    if (removed) actions.current?.querySelector('button')?.focus();
  }, [removed]);

  const fieldId = (index: number) => `${baseId}-szenario-${index}`;
  const fieldIds = Object.fromEntries(rows.map((_, i) => [`row${i}`, fieldId(i)]));
  const options: SelectOption[] = szenarien.map((s) => ({
    id: s.id,
    label: [s.name, `(${s.scopeName})`, s.archiviert ? t('allocationCompare.picker.archived') : ''].filter(Boolean).join(' '),
  }));
  const byId = new Map(szenarien.map((s) => [s.id, s]));

  const update = (index: number, change: Partial<Row>) => setRows((previous) => previous.map((r, i) => (i === index ? { ...r, ...change } : r)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (!r.id) {
        problems[`row${i}`] = t('allocationCompare.picker.missing', { letter: seriesLetter(i) });
        return;
      }
      const key = `${r.id}:${r.version ?? ''}`;
      if (seen.has(key)) problems[`row${i}`] = t('allocationCompare.picker.duplicate', { letter: seriesLetter(i) });
      seen.add(key);
    });
    if (Object.keys(problems).length) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    onCompare(rows.map((r) => ({ id: r.id!, version: r.version })));
  }

  return (
    <Form onSubmit={onSubmit} validationBehavior="aria" className="app-filter app-cmp-picker" aria-label={t('allocationCompare.picker.label')}>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <p className="kern-body app-cmp-picker__intro">{t('allocationCompare.picker.intro')}</p>
      <ol className="app-cmp-picker__rows">
        {rows.map((row, i) => {
          const kopf = row.id ? byId.get(row.id) : undefined;
          return (
            <li key={row.key} className="app-cmp-picker__row">
              <fieldset className="kern-fieldset app-cmp-picker__fieldset">
                <legend className="kern-label app-cmp-picker__legend">
                  <SeriesSwatch index={i} /> {t('allocationCompare.picker.rowLegend', { letter: seriesLetter(i) })}
                  {i === 0 && <span className="app-cmp-picker__base"> {t('allocationCompare.picker.base')}</span>}
                </legend>
                <div className="app-cmp-picker__fields">
                  <SelectField
                    id={fieldId(i)}
                    label={t('allocationCompare.picker.scenario')}
                    options={options}
                    value={row.id}
                    placeholder={t('allocationCompare.picker.choose')}
                    error={errors.fields[`row${i}`]}
                    width="full"
                    onChange={(id) => update(i, { id, version: null })}
                  />
                  {row.id && (
                    <VersionField
                      id={`${fieldId(i)}-version`}
                      szenarioId={row.id}
                      currentNumber={kopf?.versionNummer ?? null}
                      value={row.version}
                      onChange={(version) => update(i, { version })}
                    />
                  )}
                  {rows.length > 2 && (
                    <div className="app-cmp-picker__remove">
                      <AppButton
                        variant="tertiary"
                        icon="delete"
                        onPress={() => {
                          setRows((previous) => previous.filter((_, j) => j !== i));
                          setRemoved((n) => n + 1);
                        }}
                      >
                        {t('allocationCompare.picker.remove', { letter: seriesLetter(i) })}
                      </AppButton>
                    </div>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="app-actions app-cmp-picker__actions" ref={actions}>
        {rows.length < MAX_COMPARED && (
          <AppButton variant="secondary" icon="add" onPress={() => setRows((previous) => [...previous, newRow()])}>
            {t('allocationCompare.picker.add')}
          </AppButton>
        )}
        <AppButton type="submit">{t('allocationCompare.picker.submit')}</AppButton>
      </div>
    </Form>
  );
}
