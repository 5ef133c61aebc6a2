import { useTranslation } from 'react-i18next';
import { netzwerkBody, type Netzwerk, type NetzwerkInput } from '../../../domain/networks/contracts.js';
import type { NetzwerkEbene, NetzwerkSchwerpunkt } from '../../../domain/networks/vocabulary.js';
import { FormField } from '../../components/FormField.js';
import { MultiSelectComboBox } from '../../components/MultiSelectComboBox.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { validate, type FieldErrors, type Validation } from '../../lib/forms.js';
import type { NetzwerkKommune } from './api.js';
import { useNetworkLabels, vocab } from './labels.js';

export const netzwerkIds = {
  name: 'netzwerk-name',
  beschreibung: 'netzwerk-beschreibung',
  ebene: 'netzwerk-ebene',
  schwerpunkt: 'netzwerk-schwerpunkt',
  land: 'netzwerk-land',
  kommuneIds: 'netzwerk-kommunen',
};
const fieldOrder = ['name', 'beschreibung', 'ebene', 'schwerpunkt', 'land', 'kommuneIds'] as const;

export interface KommuneChoice {
  id: string;
  name: string;
  /** The state, when known (for the check against the network's state). */
  land?: string | null;
}

export interface NetzwerkValues {
  name: string;
  beschreibung: string;
  ebene: NetzwerkEbene | null;
  schwerpunkt: NetzwerkSchwerpunkt | null;
  land: string | null;
  kommunen: KommuneChoice[];
}

export function emptyNetzwerk(land: string | null): NetzwerkValues {
  return { name: '', beschreibung: '', ebene: null, schwerpunkt: null, land, kommunen: [] };
}

export function netzwerkValues(n: Netzwerk): NetzwerkValues {
  return {
    name: n.name,
    beschreibung: n.beschreibung ?? '',
    ebene: n.ebene,
    schwerpunkt: n.schwerpunkt,
    land: n.land,
    kommunen: n.kommunen.map((k) => ({ id: k.id, name: k.name })),
  };
}

/** Client-side check with the shared contract; the server checks the same again (and the rights). */
export function useNetzwerkCheck() {
  const { t } = useTranslation();
  return (v: NetzwerkValues): Validation<NetzwerkInput> => {
    const extra: FieldErrors = {};
    if (v.ebene && v.ebene !== 'land' && v.kommunen.length === 0) extra.kommuneIds = t('networks.form.kommunenRequired');
    const outside = v.land ? v.kommunen.filter((k) => k.land && k.land !== v.land) : [];
    if (outside.length) extra.kommuneIds = t('networks.form.kommunenOutsideLand', { names: outside.map((k) => k.name).join(', ') });
    return validate(
      netzwerkBody,
      { name: v.name, beschreibung: v.beschreibung, ebene: v.ebene, schwerpunkt: v.schwerpunkt, land: v.land, kommuneIds: v.kommunen.map((k) => k.id) },
      {
        required: {
          name: t('networks.form.nameRequired'),
          ebene: t('networks.form.ebeneRequired'),
          schwerpunkt: t('networks.form.schwerpunktRequired'),
          land: t('networks.form.landRequired'),
        },
        extra,
        order: fieldOrder,
      },
    );
  };
}

interface NetzwerkFieldsProps {
  values: NetzwerkValues;
  onChange: (patch: Partial<NetzwerkValues>) => void;
  errors: FieldErrors;
  /** The Kommunen the person may involve (all states; the chosen state filters them). */
  kommunen: readonly NetzwerkKommune[];
}

export function NetzwerkFields({ values, onChange, errors, kommunen }: NetzwerkFieldsProps) {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const options = values.land ? kommunen.filter((k) => !k.land || k.land === values.land) : kommunen;
  return (
    <>
      <FormField id={netzwerkIds.name} label={t('networks.form.name')} hint={t('networks.form.nameHint')} isRequired value={values.name} onChange={(name) => onChange({ name })} error={errors.name} width="full" />
      <TextAreaField id={netzwerkIds.beschreibung} label={t('networks.form.beschreibung')} hint={t('networks.form.beschreibungHint')} optional value={values.beschreibung} onChange={(beschreibung) => onChange({ beschreibung })} error={errors.beschreibung} />
      <RadioGroupField
        id={netzwerkIds.ebene}
        name="netzwerk-ebene"
        legend={t('networks.form.ebene')}
        options={vocab.ebenen.map((value) => ({ value, label: labels.ebene(value) }))}
        value={values.ebene}
        onChange={(ebene) => onChange({ ebene })}
        error={errors.ebene}
      />
      <RadioGroupField
        id={netzwerkIds.schwerpunkt}
        name="netzwerk-schwerpunkt"
        legend={t('networks.form.schwerpunkt')}
        options={vocab.schwerpunkte.map((value) => ({ value, label: labels.schwerpunkt(value) }))}
        value={values.schwerpunkt}
        onChange={(schwerpunkt) => onChange({ schwerpunkt })}
        error={errors.schwerpunkt}
      />
      <SelectField
        id={netzwerkIds.land}
        label={t('networks.form.land')}
        hint={t('networks.form.landHint')}
        isRequired
        options={vocab.laender.map((code) => ({ id: code, label: labels.land(code) })).sort((a, b) => a.label.localeCompare(b.label, 'de'))}
        value={values.land}
        onChange={(land) => onChange({ land })}
        error={errors.land}
      />
      <MultiSelectComboBox
        id={netzwerkIds.kommuneIds}
        label={t('networks.form.kommunen')}
        hint={t('networks.form.kommunenHint')}
        options={options}
        toValue={(k): KommuneChoice => ({ id: k.id, name: k.name, land: k.land })}
        detail={(k) => (k.land ? labels.land(k.land) : null)}
        buttonLabel={t('networks.form.showKommunen')}
        noMatchText={t('networks.form.noKommune')}
        emptyText={t('networks.form.noKommunenYet')}
        listLabel={t('networks.form.chosenKommunen')}
        removeLabel={(name) => t('networks.form.removeKommune', { name })}
        values={values.kommunen}
        onChange={(next) => {
          // The first Kommune decides the state when none is chosen yet.
          const first = next[0];
          if (!values.land && first?.land) onChange({ kommunen: next, land: first.land });
          else onChange({ kommunen: next });
        }}
        error={errors.kommuneIds}
      />
    </>
  );
}
