import type { TFunction } from 'i18next';
import type { Akteur, AkteurTyp } from '../../../../domain/mapping/contracts.js';
import type { Labels, Kreis } from '../shared/labels.js';
import type { PickOption } from '../shared/pickers.js';

/** What the actor form edits (texts as typed, sites with their names). */
export interface AkteurValues {
  name: string;
  typ: string | null;
  kreis: Kreis | null;
  beschreibung: string;
  kontaktFunktion: string;
  kontaktEmail: string;
  kontaktTelefon: string;
  standorte: PickOption[];
  geteilt: boolean;
}

export const akteurFieldOrder = ['name', 'typ', 'kreis', 'beschreibung', 'kontaktFunktion', 'kontaktEmail', 'kontaktTelefon', 'standortIds', 'geteilt'] as const;

export function emptyAkteur(standorte: PickOption[] = []): AkteurValues {
  return { name: '', typ: null, kreis: null, beschreibung: '', kontaktFunktion: '', kontaktEmail: '', kontaktTelefon: '', standorte, geteilt: false };
}

export function akteurValues(a: Akteur): AkteurValues {
  return {
    name: a.name,
    typ: a.typ,
    kreis: a.kreis,
    beschreibung: a.beschreibung ?? '',
    kontaktFunktion: a.kontaktFunktion ?? '',
    kontaktEmail: a.kontaktEmail ?? '',
    kontaktTelefon: a.kontaktTelefon ?? '',
    standorte: a.standorte.map((s) => ({ id: s.id, name: s.name })),
    geteilt: a.geteilt,
  };
}

/** The request body (before the shared contract checks it). */
export function akteurInput(v: AkteurValues) {
  return {
    name: v.name,
    typ: v.typ ?? '',
    kreis: v.kreis,
    beschreibung: v.beschreibung,
    kontaktFunktion: v.kontaktFunktion,
    kontaktEmail: v.kontaktEmail,
    kontaktTelefon: v.kontaktTelefon,
    standortIds: v.standorte.map((s) => s.id),
    geteilt: v.geteilt,
  };
}

/** Field labels and shown texts, for the comparison after a conflict. */
export function akteurDisplay(v: AkteurValues, t: TFunction, labels: Labels, typen: readonly AkteurTyp[]) {
  const typ = v.typ ? typen.find((x) => x.code === v.typ) : undefined;
  const fieldLabels: Record<string, string> = {
    name: t('mapping.akteurForm.name'),
    typ: t('mapping.akteurForm.typ'),
    kreis: t('mapping.akteurForm.kreis'),
    beschreibung: t('mapping.akteurForm.beschreibung'),
    kontaktFunktion: t('mapping.akteurForm.kontaktFunktion'),
    kontaktEmail: t('mapping.akteurForm.kontaktEmail'),
    kontaktTelefon: t('mapping.akteurForm.kontaktTelefon'),
    standorte: t('mapping.akteurForm.standorte'),
    geteilt: t('mapping.akteurForm.geteilt'),
  };
  const shown: Record<string, string> = {
    name: v.name.trim(),
    typ: v.typ ? labels.typ(v.typ, typ?.label ?? v.typ) : '',
    kreis: v.kreis ? labels.kreis(v.kreis) : '',
    beschreibung: v.beschreibung.trim(),
    kontaktFunktion: v.kontaktFunktion.trim(),
    kontaktEmail: v.kontaktEmail.trim().toLowerCase(),
    kontaktTelefon: v.kontaktTelefon.trim(),
    standorte: v.standorte.map((s) => s.name).join(', '),
    geteilt: v.geteilt ? t('common.yes') : t('common.no'),
  };
  return { fieldLabels, shown };
}
