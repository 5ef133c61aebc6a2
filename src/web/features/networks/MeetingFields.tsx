import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import type { FieldErrors } from '../../lib/forms.js';
import { parseWhole } from './format.js';

/** Time and place of a meeting or of every meeting of a series, as typed. */
export interface TimePlaceValues {
  /** "YYYY-MM-DD" from the date field. */
  datum: string;
  /** "HH:mm" from the time field. */
  uhrzeit: string;
  dauer: string;
  ort: string;
  onlineLink: string;
  kapazitaet: string;
}

export const emptyTimePlace: TimePlaceValues = { datum: '', uhrzeit: '', dauer: '90', ort: '', onlineLink: '', kapazitaet: '' };

export const timePlaceIds = {
  beginn: 'treffen-datum',
  datum: 'treffen-datum',
  uhrzeit: 'treffen-uhrzeit',
  dauerMinuten: 'treffen-dauer',
  ort: 'treffen-ort',
  onlineLink: 'treffen-link',
  kapazitaet: 'treffen-plaetze',
};

/** The request fields (before the shared contract checks them); NaN marks a number that is not one. */
export function timePlaceInput(v: TimePlaceValues) {
  return {
    beginn: v.datum && v.uhrzeit ? `${v.datum}T${v.uhrzeit}` : '',
    dauerMinuten: parseWhole(v.dauer),
    ort: v.ort,
    onlineLink: v.onlineLink,
    kapazitaet: parseWhole(v.kapazitaet),
  };
}

/** Client-side findings the contract cannot name precisely (which of date and time is missing). */
export function useTimePlaceProblems() {
  const { t } = useTranslation();
  return (v: TimePlaceValues): FieldErrors => {
    const out: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.datum)) out.datum = t('networks.when.datumRequired');
    if (!/^\d{2}:\d{2}$/.test(v.uhrzeit)) out.uhrzeit = t('networks.when.uhrzeitRequired');
    const dauer = parseWhole(v.dauer);
    if (dauer === null) out.dauerMinuten = t('networks.when.dauerRequired');
    else if (Number.isNaN(dauer)) out.dauerMinuten = t('networks.when.dauerWhole');
    if (Number.isNaN(parseWhole(v.kapazitaet))) out.kapazitaet = t('networks.when.kapazitaetWhole');
    return out;
  };
}

/** The fields of "when" (date, time, duration); `first` labels them for the first meeting of a series. */
export function WhenFields({ values, onChange, errors, first }: { values: TimePlaceValues; onChange: (patch: Partial<TimePlaceValues>) => void; errors: FieldErrors; first?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="app-networks-when">
      <FormField
        id={timePlaceIds.datum}
        type="date"
        label={first ? t('networks.when.datumFirst') : t('networks.when.datum')}
        hint={first ? t('networks.when.datumFirstHint') : t('networks.when.datumHint')}
        isRequired
        value={values.datum}
        onChange={(datum) => onChange({ datum })}
        error={errors.datum ?? errors.beginn}
      />
      <FormField id={timePlaceIds.uhrzeit} type="time" label={t('networks.when.uhrzeit')} hint={t('networks.when.uhrzeitHint')} isRequired value={values.uhrzeit} onChange={(uhrzeit) => onChange({ uhrzeit })} error={errors.uhrzeit} />
      <FormField
        id={timePlaceIds.dauerMinuten}
        inputMode="numeric"
        label={t('networks.when.dauer')}
        hint={t('networks.when.dauerHint')}
        isRequired
        value={values.dauer}
        onChange={(dauer) => onChange({ dauer })}
        error={errors.dauerMinuten}
      />
    </div>
  );
}

/** Place, online link and capacity. */
export function PlaceFields({ values, onChange, errors }: { values: TimePlaceValues; onChange: (patch: Partial<TimePlaceValues>) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id={timePlaceIds.ort} label={t('networks.when.ort')} hint={t('networks.when.ortHint')} optional value={values.ort} onChange={(ort) => onChange({ ort })} error={errors.ort} width="full" />
      <FormField id={timePlaceIds.onlineLink} type="url" label={t('networks.when.onlineLink')} hint={t('networks.when.onlineLinkHint')} optional value={values.onlineLink} onChange={(onlineLink) => onChange({ onlineLink })} error={errors.onlineLink} width="full" />
      <FormField id={timePlaceIds.kapazitaet} inputMode="numeric" label={t('networks.when.kapazitaet')} hint={t('networks.when.kapazitaetHint')} optional value={values.kapazitaet} onChange={(kapazitaet) => onChange({ kapazitaet })} error={errors.kapazitaet} />
    </>
  );
}

/** Date and time are two fields but one request field: their own messages replace the combined one. */
export function withoutCombinedBeginn(errors: FieldErrors): FieldErrors {
  if (!errors.datum && !errors.uhrzeit) return errors;
  const { beginn: _beginn, ...rest } = errors;
  return rest;
}
