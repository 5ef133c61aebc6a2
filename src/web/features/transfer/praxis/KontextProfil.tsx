import { useTranslation } from 'react-i18next';
import type { PraxisDetail } from '../api.js';
import { useTransferLabels, vocab } from '../labels.js';

/** The practice's answers to context questions, under the five dimensions of the Kontextmodell. */
export function KontextProfil({ kontext }: { kontext: PraxisDetail['kontext'] }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  return (
    <div className="app-lern-profile">
      {vocab.dimensionen.map((d) => {
        const answers = kontext.filter((k) => k.dimension === d);
        return (
          <section key={d} className="app-lern-dimension" aria-labelledby={`dimension-${d}`}>
            <h3 id={`dimension-${d}`} className="kern-heading-small app-lern-dimension__title">
              {labels.dimension(d)}
              <span className="app-lern-dimension__count"> {t('transfer.praxis.answerCount', { count: answers.length })}</span>
            </h3>
            <p className="kern-body app-lern-dimension__text">{labels.dimensionText(d)}</p>
            {answers.length === 0 ? (
              <p className="kern-body app-muted">{t('transfer.praxis.noAnswers')}</p>
            ) : (
              <dl className="app-lern-qa">
                {answers.map((a) => (
                  <div key={a.frageId} className="app-lern-qa__item">
                    <dt className="app-lern-qa__q">{a.frage}</dt>
                    <dd className="app-lern-qa__a">{a.antwort}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
