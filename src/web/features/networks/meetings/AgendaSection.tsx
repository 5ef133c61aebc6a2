import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { tagesordnungBody, type Treffen } from '../../../../domain/networks/contracts.js';
import { tagesordnungsArten, type TagesordnungsArt } from '../../../../domain/networks/vocabulary.js';
import { Alert } from '../../../components/Alert.js';
import { AppButton } from '../../../components/AppButton.js';
import { Badge } from '../../../components/Badge.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { FormField } from '../../../components/FormField.js';
import { SelectField } from '../../../components/SelectField.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import type { FieldErrors } from '../../../lib/forms.js';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { useEingang, type Eingang } from '../api.js';
import { useSaveAgenda, type AgendaItemBody } from './api.js';
import { problemFields } from './parts.js';
import { useMeetingPart } from './useMeetingPart.js';

type Punkt = Treffen['tagesordnung'][number];
const kinds = Object.keys(tagesordnungsArten) as TagesordnungsArt[];

interface ItemValues {
  key: string;
  art: TagesordnungsArt;
  titel: string;
  referent: string;
  dauerMinuten: string;
  weitergabeId: string | null;
  notiz: string;
}

let counter = 0;
const newKey = () => `neu-${++counter}`;

function valuesOf(punkte: Punkt[]): ItemValues[] {
  return punkte.map((p) => ({
    key: p.id,
    art: p.art,
    titel: p.titel,
    referent: p.referent ?? '',
    dauerMinuten: p.dauerMinuten === null ? '' : String(p.dauerMinuten),
    weitergabeId: p.weitergabe?.id ?? null,
    notiz: p.notiz ?? '',
  }));
}

const noReport = 'ohne';
const fieldId = (key: string, field: string) => `tagesordnung-${key}-${field}`;
const selectAgenda = (t: Treffen) => t.tagesordnung;

export function AgendaSection({ treffen }: { treffen: Treffen }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const moderation = treffen.meineRolle === 'moderation';
  const wasEditing = useRef(false);

  // Back from the editor, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) document.getElementById('tagesordnung-bearbeiten')?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <AgendaEditor
        treffen={treffen}
        onClose={(saved) => {
          setEditing(false);
          setMessage(saved ? t('meetings.agenda.saved') : null);
        }}
      />
    );
  }
  return (
    <>
      <StatusMessage message={message} />
      <AgendaList punkte={treffen.tagesordnung} />
      {moderation && (
        <div className="app-actions app-meetings-after-list">
          <AppButton
            id="tagesordnung-bearbeiten"
            variant="secondary"
            icon="edit"
            onPress={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            {t('meetings.agenda.edit')}
          </AppButton>
        </div>
      )}
    </>
  );
}

function AgendaList({ punkte }: { punkte: Punkt[] }) {
  const { t } = useTranslation();
  if (punkte.length === 0) return <p className="kern-body app-muted">{t('meetings.agenda.empty')}</p>;
  return (
    <ol className="app-meetings-agenda">
      {punkte.map((p) => (
        <li key={p.id} className="app-meetings-agenda__item">
          <p className="kern-body app-meetings-agenda__kind">
            <Badge>{t(`meetings.kinds.${p.art}`)}</Badge>
            {p.dauerMinuten !== null && <span className="app-muted"> {t('meetings.agenda.minutesShort', { count: p.dauerMinuten })}</span>}
          </p>
          <p className="kern-body kern-body--bold app-meetings-agenda__title">{p.titel}</p>
          {p.referent && <p className="kern-body">{t('meetings.agenda.speakerBy', { speaker: p.referent })}</p>}
          {p.weitergabe && (
            <p className="kern-body app-meetings-agenda__report">
              {t('meetings.agenda.reportFrom', { network: p.weitergabe.vonNetzwerk.name })}: {p.weitergabe.text}
            </p>
          )}
          {p.notiz && <p className="kern-body app-meetings-pre">{p.notiz}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Zod issues keep their whole path ("punkte.1.titel"), so each error reaches its item. */
function issuesOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

function toBody(items: ItemValues[]): { punkte: Array<Omit<AgendaItemBody, 'dauerMinuten'> & { dauerMinuten: number | string | null }> } {
  return {
    punkte: items.map((item) => ({
      art: item.art,
      titel: item.titel,
      referent: item.art === 'impuls' ? item.referent.trim() || null : null,
      dauerMinuten: item.dauerMinuten.trim() === '' ? null : /^\d+$/.test(item.dauerMinuten.trim()) ? Number(item.dauerMinuten.trim()) : item.dauerMinuten,
      weitergabeId: item.art === 'bericht' ? item.weitergabeId : null,
      notiz: item.notiz.trim() || null,
    })),
  };
}

function AgendaEditor({ treffen, onClose }: { treffen: Treffen; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ItemValues[]>(() => valuesOf(treffen.tagesordnung));
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const errors = useFormErrors();
  const save = useSaveAgenda(treffen.id);
  const part = useMeetingPart(treffen, selectAgenda);
  const [saving, setSaving] = useState(false);
  const eingang = useEingang(treffen.netzwerk.id, treffen.meineRolle === 'moderation');

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, items]);

  // Starting the editor puts focus on the first field (or the add button).
  useEffect(() => {
    setFocusTarget(items[0] ? fieldId(items[0].key, 'art') : 'tagesordnung-hinzufuegen');
    // Only once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (key: string, patch: Partial<ItemValues>) => setItems((previous) => previous.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1) as [ItemValues];
    next.splice(target, 0, item);
    setItems(next);
    setAnnouncement(t('meetings.agenda.moved', { title: item.titel || t('meetings.agenda.untitled'), n: target + 1 }));
    // The same button again, unless the item reached the end; then the other direction.
    const atEdge = by === -1 ? target === 0 : target === next.length - 1;
    setFocusTarget(fieldId(item.key, atEdge ? (by === -1 ? 'runter' : 'hoch') : by === -1 ? 'hoch' : 'runter'));
  }

  function remove(index: number) {
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    // Messages about items would now point at the wrong numbers.
    errors.clear();
    setAnnouncement(t('meetings.agenda.removed', { n: index + 1 }));
    const following = next[index] ?? next[index - 1];
    setFocusTarget(following ? fieldId(following.key, 'art') : 'tagesordnung-hinzufuegen');
  }

  function add() {
    const item: ItemValues = { key: newKey(), art: 'austausch', titel: '', referent: '', dauerMinuten: '', weitergabeId: null, notiz: '' };
    setItems((previous) => [...previous, item]);
    setAnnouncement(t('meetings.agenda.added', { n: items.length + 1 }));
    setFocusTarget(fieldId(item.key, 'art'));
  }

  function messageFor(key: string, message: string): string {
    const match = /^punkte\.(\d+)\./.exec(key);
    return match ? t('meetings.agenda.inItem', { n: Number(match[1]) + 1, message }) : message;
  }

  function fieldIds(): Record<string, string> {
    const ids: Record<string, string> = { punkte: 'tagesordnung-hinzufuegen' };
    items.forEach((item, index) => {
      for (const field of ['art', 'titel', 'referent', 'dauerMinuten', 'weitergabeId', 'notiz']) ids[`punkte.${index}.${field}`] = fieldId(item.key, field);
    });
    return ids;
  }

  function withItemNumbers(found: FieldErrors): FieldErrors {
    return Object.fromEntries(Object.entries(found).map(([key, message]) => [key, messageFor(key, message)]));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toBody(items);
    const missing: FieldErrors = {};
    items.forEach((item, index) => {
      if (!item.titel.trim()) missing[`punkte.${index}.titel`] = item.art === 'impuls' ? t('meetings.agenda.topicRequired', { n: index + 1 }) : t('meetings.agenda.titleRequired', { n: index + 1 });
    });
    const parsed = tagesordnungBody.safeParse({ ...body, version: treffen.version });
    const found: FieldErrors = { ...missing, ...(parsed.success ? {} : withItemNumbers(issuesOf(parsed.error))) };
    for (const key of Object.keys(missing)) found[key] = missing[key]!;
    if (Object.keys(found).length > 0) return errors.showFieldErrors(found);
    errors.clear();
    setSaving(true);
    try {
      const ok = await part.save((version) => save.mutateAsync({ punkte: parsed.data!.punkte, version }));
      if (ok) onClose(true);
    } catch (error) {
      const fields = problemFields(error);
      if (fields) errors.showFieldErrors(withItemNumbers(fields));
      else errors.showServerError(error);
    } finally {
      setSaving(false);
    }
  }

  const reports = eingang.data?.items ?? [];
  const fieldErrors = errors.fields;
  const itemError = (index: number, field: string) => fieldErrors[`punkte.${index}.${field}`];

  return (
    <div className="app-meetings-editor">
      <ErrorSummary errors={errors} fieldIds={fieldIds()} />
      {part.conflict !== null && (
        <Alert variant="warning" role="alert" title={t('meetings.conflict.title')}>
          <p className="kern-body">{t('meetings.conflict.agenda')}</p>
          <div className="app-actions">
            <AppButton variant="secondary" onPress={() => setItems(valuesOf(part.takeTheirs()))}>
              {t('meetings.conflict.takeTheirs')}
            </AppButton>
            <AppButton variant="secondary" onPress={part.keepMine}>
              {t('meetings.conflict.keepMine')}
            </AppButton>
          </div>
        </Alert>
      )}
      <Form onSubmit={(event) => void onSubmit(event)} validationBehavior="aria" className="app-form" aria-label={t('meetings.agenda.editorLabel')}>
        {items.length === 0 && <p className="kern-body app-muted">{t('meetings.agenda.empty')}</p>}
        <ol className="app-meetings-agenda app-meetings-agenda--edit">
          {items.map((item, index) => (
            <li key={item.key} className="app-meetings-agenda__item">
              <fieldset className="kern-fieldset app-meetings-fieldset">
                <legend className="kern-label app-meetings-legend">{t('meetings.agenda.itemLegend', { n: index + 1 })}</legend>
                <div className="app-meetings-fields">
                  <SelectField
                    id={fieldId(item.key, 'art')}
                    label={t('meetings.agenda.kind')}
                    options={kinds.map((kind) => ({ id: kind, label: t(`meetings.kinds.${kind}`) }))}
                    value={item.art}
                    onChange={(art) => art && update(item.key, { art: art as TagesordnungsArt })}
                    error={itemError(index, 'art')}
                  />
                  <FormField
                    id={fieldId(item.key, 'titel')}
                    label={item.art === 'impuls' ? t('meetings.agenda.topic') : t('meetings.agenda.titel')}
                    value={item.titel}
                    onChange={(titel) => update(item.key, { titel })}
                    error={itemError(index, 'titel')}
                    isRequired
                    width="full"
                  />
                  {item.art === 'impuls' && (
                    <FormField
                      id={fieldId(item.key, 'referent')}
                      label={t('meetings.agenda.speaker')}
                      value={item.referent}
                      onChange={(referent) => update(item.key, { referent })}
                      error={itemError(index, 'referent')}
                      optional
                    />
                  )}
                  {item.art === 'bericht' && (
                    <SelectField
                      id={fieldId(item.key, 'weitergabeId')}
                      label={t('meetings.agenda.report')}
                      hint={reports.length ? t('meetings.agenda.reportHint') : t('meetings.agenda.noReports')}
                      optional
                      options={[{ id: noReport, label: t('meetings.agenda.reportNone') }, ...reports.map((r: Eingang['items'][number]) => ({ id: r.weitergabe.id, label: t('meetings.agenda.reportOption', { network: r.weitergabe.von.name, text: shorten(r.ergebnis.text) }) }))]}
                      value={item.weitergabeId ?? noReport}
                      onChange={(value) => {
                        const chosen = reports.find((r) => r.weitergabe.id === value);
                        update(item.key, {
                          weitergabeId: value && value !== noReport ? value : null,
                          ...(chosen && !item.titel.trim() ? { titel: t('meetings.agenda.reportFrom', { network: chosen.weitergabe.von.name }).replace(/^./, (c) => c.toUpperCase()) } : {}),
                        });
                      }}
                      error={itemError(index, 'weitergabeId')}
                      width="full"
                    />
                  )}
                  <FormField
                    id={fieldId(item.key, 'dauerMinuten')}
                    inputMode="numeric"
                    label={t('meetings.agenda.minutes')}
                    value={item.dauerMinuten}
                    onChange={(dauerMinuten) => update(item.key, { dauerMinuten })}
                    error={itemError(index, 'dauerMinuten')}
                    optional
                  />
                  <TextAreaField id={fieldId(item.key, 'notiz')} label={t('meetings.agenda.note')} value={item.notiz} onChange={(notiz) => update(item.key, { notiz })} error={itemError(index, 'notiz')} optional rows={2} width="full" />
                </div>
                <div className="app-actions app-meetings-item-actions">
                  <AppButton id={fieldId(item.key, 'hoch')} variant="tertiary" small icon="chevron-left" className="app-meetings-rotate" isDisabled={index === 0} aria-label={t('meetings.agenda.upLabel', { n: index + 1 })} onPress={() => move(index, -1)}>
                    {t('meetings.agenda.up')}
                  </AppButton>
                  <AppButton
                    id={fieldId(item.key, 'runter')}
                    variant="tertiary"
                    small
                    icon="chevron-right"
                    className="app-meetings-rotate"
                    isDisabled={index === items.length - 1}
                    aria-label={t('meetings.agenda.downLabel', { n: index + 1 })}
                    onPress={() => move(index, 1)}
                  >
                    {t('meetings.agenda.down')}
                  </AppButton>
                  <AppButton id={fieldId(item.key, 'entfernen')} variant="tertiary" small icon="delete" aria-label={t('meetings.agenda.removeLabel', { n: index + 1 })} onPress={() => remove(index)}>
                    {t('meetings.agenda.remove')}
                  </AppButton>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <p className="kern-sr-only" role="status">
          {announcement}
        </p>
        <div className="app-actions">
          <AppButton id="tagesordnung-hinzufuegen" variant="secondary" icon="add" onPress={add} isDisabled={items.length >= 50}>
            {t('meetings.agenda.add')}
          </AppButton>
        </div>
        <div className="app-actions">
          <AppButton type="submit" icon="check" isPending={saving}>
            {t('meetings.agenda.save')}
          </AppButton>
          <AppButton variant="secondary" onPress={() => onClose(false)}>
            {t('meetings.agenda.discard')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
