import type { TFunction } from 'i18next';
import type { Kooperation } from '../../../../domain/mapping/contracts.js';
import { formatDay } from '../shared/format.js';
import type { KooperationsTyp, Labels } from '../shared/labels.js';
import type { PickOption } from '../shared/pickers.js';

export interface KooperationValues {
  akteurA: PickOption | null;
  akteurB: PickOption | null;
  typ: KooperationsTyp | null;
  standort: PickOption | null;
  seit: string;
  beschreibung: string;
}

export const kooperationFieldOrder = ['akteurAId', 'akteurBId', 'typ', 'standortId', 'seit', 'beschreibung'] as const;

export function emptyKooperation(prefill: { akteurA?: PickOption | null; standort?: PickOption | null } = {}): KooperationValues {
  return { akteurA: prefill.akteurA ?? null, akteurB: null, typ: null, standort: prefill.standort ?? null, seit: '', beschreibung: '' };
}

export function kooperationValues(k: Kooperation): KooperationValues {
  return {
    akteurA: { id: k.akteurAId, name: k.akteurAName },
    akteurB: { id: k.akteurBId, name: k.akteurBName },
    typ: k.typ,
    standort: k.standortId ? { id: k.standortId, name: k.standortName ?? '' } : null,
    seit: k.seit ?? '',
    beschreibung: k.beschreibung ?? '',
  };
}

export function kooperationInput(v: KooperationValues) {
  return {
    akteurAId: v.akteurA?.id ?? null,
    akteurBId: v.akteurB?.id ?? null,
    typ: v.typ,
    standortId: v.standort?.id ?? null,
    seit: v.seit || null,
    beschreibung: v.beschreibung,
  };
}

export const kooperationName = (k: { akteurAName: string; akteurBName: string }) => `${k.akteurAName} – ${k.akteurBName}`;

export function kooperationDisplay(v: KooperationValues, t: TFunction, labels: Labels) {
  const fieldLabels: Record<string, string> = {
    akteurA: t('mapping.kooperationForm.akteurA'),
    akteurB: t('mapping.kooperationForm.akteurB'),
    typ: t('mapping.kooperationForm.typ'),
    standort: t('mapping.kooperationForm.standort'),
    seit: t('mapping.kooperationForm.seit'),
    beschreibung: t('mapping.kooperationForm.beschreibung'),
  };
  const shown: Record<string, string> = {
    akteurA: v.akteurA?.name ?? '',
    akteurB: v.akteurB?.name ?? '',
    typ: v.typ ? labels.kooperationsTyp(v.typ) : '',
    standort: v.standort?.name ?? '',
    seit: formatDay(v.seit),
    beschreibung: v.beschreibung.trim(),
  };
  return { fieldLabels, shown };
}
