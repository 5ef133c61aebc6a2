import { useTranslation } from 'react-i18next';
import type { Fall } from '../api.js';
import { formatDay } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

/** A child of a case: name and birth date when the person may read the list, otherwise only whose entry it is. */
export function EintragName({ eintrag }: { eintrag: Fall['eintraege'][number] }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const { person, schule, art } = eintrag;
  if (!person) return <span>{t('transitions.cases.eintragDer', { schule: schule.name })}</span>;
  const geboren = person.geburtsdatum ? t('transitions.cases.geboren', { date: formatDay(person.geburtsdatum) }) : null;
  return (
    <span>
      <span className="app-trans-name">{[person.nachname, person.vorname].filter(Boolean).join(', ')}</span>
      {geboren && <> ({geboren})</>}
      <span className="app-trans-detail">
        {labels.listenArt(art)} · {schule.name}
      </span>
    </span>
  );
}
