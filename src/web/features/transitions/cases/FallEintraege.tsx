import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../components/DetailList.js';
import { Section } from '../../../components/Section.js';
import type { FallDetail } from '../api.js';
import { formatDay } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

/** The entries of a case, each with what the person may read of it. */
export function FallEintraege({ fall }: { fall: FallDetail }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  return (
    <Section title={t('transitions.case.eintraege')}>
      <div className="app-trans-entry-cards">
        {fall.eintraege.map((e, i) => {
          const p = e.person;
          return (
            <div key={i} className="app-trans-entry-card">
              <h3 className="kern-heading-small">{t('transitions.case.eintragTitle', { art: labels.listenArt(e.art), schule: e.schule.name })}</h3>
              {p ? (
                <DetailList
                  rows={[
                    [t('transitions.review.nachname'), p.nachname],
                    [t('transitions.review.vorname'), p.vorname],
                    [t('transitions.review.geburtsdatum'), formatDay(p.geburtsdatum)],
                    [t('transitions.review.geschlecht'), labels.geschlecht(p.geschlecht)],
                    [t('transitions.review.klasse'), p.klasse],
                    [t('transitions.review.anschrift'), [p.strasse, [p.plz, p.ort].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
                    ...(e.art === 'abgang' ? [[t('transitions.entries.colZielschule'), p.zielschuleRef?.name ?? p.zielschule] as [string, string | null]] : []),
                    [t('transitions.entries.colKennung'), p.kennung],
                  ]}
                />
              ) : (
                <p className="kern-body">{t('transitions.case.ohneNamen', { schule: e.schule.name })}</p>
              )}
            </div>
          );
        })}
      </div>
    </Section>
  );
}
