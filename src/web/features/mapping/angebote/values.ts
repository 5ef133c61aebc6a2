import type { TFunction } from 'i18next';
import type { Angebot } from '../../../../domain/mapping/contracts.js';
import { formatDay, hoursText, parseHours } from '../shared/format.js';
import type { Altersphase, AngebotStatus, Ebene, Finanzierung, Handlungsfeld, Labels } from '../shared/labels.js';
import type { PickOption } from '../shared/pickers.js';

export interface AngebotValues {
  titel: string;
  beschreibung: string;
  traeger: PickOption | null;
  handlungsfeld: Handlungsfeld | null;
  ebene: Ebene | null;
  altersphasen: Altersphase[];
  zielgruppe: string;
  standorte: PickOption[];
  /** As typed: "2,5". */
  stunden: string;
  finanzierung: Finanzierung | null;
  beginn: string;
  ende: string;
  status: AngebotStatus;
  geteilt: boolean;
}

export const angebotFieldOrder = ['titel', 'beschreibung', 'akteurId', 'handlungsfeld', 'ebene', 'altersphasen', 'zielgruppe', 'standortIds', 'stundenProWoche', 'finanzierung', 'beginn', 'ende', 'status', 'geteilt'] as const;

export function emptyAngebot(prefill: { standorte?: PickOption[]; traeger?: PickOption | null } = {}): AngebotValues {
  return {
    titel: '',
    beschreibung: '',
    traeger: prefill.traeger ?? null,
    handlungsfeld: null,
    ebene: null,
    altersphasen: [],
    zielgruppe: '',
    standorte: prefill.standorte ?? [],
    stunden: '',
    finanzierung: null,
    beginn: '',
    ende: '',
    status: 'laufend',
    geteilt: false,
  };
}

export function angebotValues(a: Angebot): AngebotValues {
  return {
    titel: a.titel,
    beschreibung: a.beschreibung ?? '',
    traeger: a.akteurId ? { id: a.akteurId, name: a.akteurName ?? '' } : null,
    handlungsfeld: a.handlungsfeld,
    ebene: a.ebene,
    altersphasen: [...a.altersphasen],
    zielgruppe: a.zielgruppe ?? '',
    standorte: a.standorte.map((s) => ({ id: s.id, name: s.name })),
    stunden: hoursText(a.stundenProWoche),
    finanzierung: a.finanzierung,
    beginn: a.beginn ?? '',
    ende: a.ende ?? '',
    status: a.status,
    geteilt: a.geteilt,
  };
}

/** The request body and what the browser finds wrong before the contract looks at it. */
export function angebotInput(v: AngebotValues, t: TFunction) {
  const hours = parseHours(v.stunden);
  const extra: Record<string, string> = {};
  if (!hours.ok) extra.stundenProWoche = t('mapping.angebotForm.stundenInvalid');
  if (v.beginn && v.ende && v.ende < v.beginn) extra.ende = t('mapping.angebotForm.endeBeforeBeginn');
  const input = {
    titel: v.titel,
    beschreibung: v.beschreibung,
    akteurId: v.traeger?.id ?? null,
    handlungsfeld: v.handlungsfeld,
    ebene: v.ebene,
    altersphasen: v.altersphasen,
    zielgruppe: v.zielgruppe,
    standortIds: v.standorte.map((s) => s.id),
    stundenProWoche: hours.ok ? hours.value : null,
    finanzierung: v.finanzierung,
    beginn: v.beginn || null,
    ende: v.ende || null,
    status: v.status,
    geteilt: v.geteilt,
  };
  return { input, extra };
}

export function angebotDisplay(v: AngebotValues, t: TFunction, labels: Labels) {
  const fieldLabels: Record<string, string> = {
    titel: t('mapping.angebotForm.titel'),
    beschreibung: t('mapping.angebotForm.beschreibung'),
    traeger: t('mapping.angebotForm.traeger'),
    handlungsfeld: t('mapping.angebotForm.handlungsfeld'),
    ebene: t('mapping.angebotForm.ebene'),
    altersphasen: t('mapping.angebotForm.altersphasen'),
    zielgruppe: t('mapping.angebotForm.zielgruppe'),
    standorte: t('mapping.angebotForm.standorte'),
    stunden: t('mapping.angebotForm.stunden'),
    finanzierung: t('mapping.angebotForm.finanzierung'),
    beginn: t('mapping.angebotForm.beginn'),
    ende: t('mapping.angebotForm.ende'),
    status: t('mapping.angebotForm.status'),
    geteilt: t('mapping.angebotForm.geteilt'),
  };
  const hours = parseHours(v.stunden);
  const shown: Record<string, string> = {
    titel: v.titel.trim(),
    beschreibung: v.beschreibung.trim(),
    traeger: v.traeger?.name ?? '',
    handlungsfeld: v.handlungsfeld ? labels.handlungsfeld(v.handlungsfeld) : '',
    ebene: v.ebene ? labels.ebene(v.ebene) : '',
    altersphasen: v.altersphasen.map((a) => labels.altersphase(a)).join(', '),
    zielgruppe: v.zielgruppe.trim(),
    standorte: v.standorte.map((s) => s.name).join(', '),
    stunden: hours.ok && hours.value !== null ? hoursText(hours.value) : v.stunden.trim(),
    finanzierung: v.finanzierung ? labels.finanzierung(v.finanzierung) : '',
    beginn: formatDay(v.beginn),
    ende: formatDay(v.ende),
    status: labels.status(v.status),
    geteilt: v.geteilt ? t('common.yes') : t('common.no'),
  };
  return { fieldLabels, shown };
}
