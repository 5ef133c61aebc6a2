import './analysis.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Abdeckung, AbdeckungAngebot, AbdeckungZelle } from '../../../../domain/mapping/analysis/contracts.js';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { SelectField } from '../../../components/SelectField.js';
import { useAbdeckung, useRessourcen, useSozialraeume, type Bereich } from './api.js';
import { formatCount, formatNumber } from './format.js';
import { isId, useKommuneParam, usePendingValue } from './kommune.js';
import { AnalysisNav, ChooseKommune, KommuneField, SharedOnlyNotice } from './parts.js';

type Art = Bereich['art'];

/** /akteure/abdeckung?kommune=…&schule=…|sozialraum=… — the Lückenraster of a school or a Sozialraum. */
export function CoveragePage() {
  const { t } = useTranslation();
  const baseId = useId();
  const kommuneState = useKommuneParam();
  const { kommuneId, kommune, params, setParams } = kommuneState;

  const schuleParam = params.get('schule');
  const raumParam = params.get('sozialraum');
  const [art, showArt] = usePendingValue<Art>(isId(raumParam) || params.get('bereich') === 'sozialraum' ? 'sozialraum' : 'schule');
  const bereich: Bereich | null = art === 'schule' ? (isId(schuleParam) ? { art, id: schuleParam } : null) : isId(raumParam) ? { art, id: raumParam } : null;

  const schools = useRessourcen(kommuneId);
  const raeume = useSozialraeume(kommuneId);
  const abdeckung = useAbdeckung(bereich);

  const choose = (nextArt: Art, id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams();
      const k = previous.get('kommune');
      if (k) next.set('kommune', k);
      if (id) next.set(nextArt, id);
      else if (nextArt === 'sozialraum') next.set('bereich', 'sozialraum');
      return next;
    });

  const data = abdeckung.data;
  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mappingAnalysis.abdeckung.title')}
        documentTitle={data ? t('mappingAnalysis.abdeckung.documentTitle', { name: data.bereich.name }) : undefined}
        lead={t('mappingAnalysis.abdeckung.lead')}
      />
      <AnalysisNav kommuneId={kommuneId} />

      <div className="app-filter app-analysis-filter">
        <KommuneField id={`${baseId}-kommune`} state={kommuneState} />
        {kommuneId && (
          <>
            <fieldset className="kern-fieldset app-analysis-fieldset">
              <legend className="kern-label">{t('mappingAnalysis.abdeckung.bereich')}</legend>
              <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                {(['schule', 'sozialraum'] as const).map((value) => (
                  <div key={value} className="kern-form-check">
                    <input
                      id={`${baseId}-art-${value}`}
                      type="radio"
                      name={`${baseId}-art`}
                      className="kern-form-check__radio"
                      checked={art === value}
                      onChange={() => {
                        showArt(value);
                        choose(value, null);
                      }}
                    />
                    <label htmlFor={`${baseId}-art-${value}`} className="kern-label">
                      {t(`mappingAnalysis.abdeckung.art.${value}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            {art === 'schule' ? (
              <SelectField
                id={`${baseId}-schule`}
                label={t('mappingAnalysis.abdeckung.schule')}
                value={bereich?.id ?? null}
                placeholder={schools.isPending ? t('app.loading') : t('mappingAnalysis.abdeckung.chooseSchule')}
                onChange={(v) => choose('schule', v)}
                options={(schools.data?.zeilen ?? []).map((s) => ({ id: s.schuleId, label: s.name }))}
              />
            ) : (
              <SelectField
                id={`${baseId}-sozialraum`}
                label={t('mappingAnalysis.abdeckung.sozialraum')}
                value={bereich?.id ?? null}
                placeholder={raeume.isPending ? t('app.loading') : t('mappingAnalysis.abdeckung.chooseSozialraum')}
                hint={raeume.data && raeume.data.length === 0 ? t('mappingAnalysis.abdeckung.noSozialraeume') : undefined}
                onChange={(v) => choose('sozialraum', v)}
                options={(raeume.data ?? []).map((r) => ({ id: r.id, label: r.name }))}
              />
            )}
          </>
        )}
      </div>

      {!kommuneId ? (
        kommuneState.kommunen.isSuccess && <ChooseKommune />
      ) : !bereich ? (
        <p className="kern-body app-analysis-prompt">{art === 'schule' ? t('mappingAnalysis.abdeckung.chooseSchuleHint') : t('mappingAnalysis.abdeckung.chooseSozialraumHint')}</p>
      ) : abdeckung.isError ? (
        <QueryError error={abdeckung.error} onRetry={() => void abdeckung.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <div aria-busy={abdeckung.isFetching || undefined}>
          <SharedOnlyNotice show={data.nurGeteilt} />
          <p className="kern-body app-analysis-summary" role="status">
            {t('mappingAnalysis.abdeckung.summary', {
              abgedeckt: formatCount(data.summary.abgedeckt),
              felder: formatCount(data.summary.felder),
              geplant: formatCount(data.summary.geplant),
              luecken: formatCount(data.summary.luecken),
            })}{' '}
            {t('mappingAnalysis.abdeckung.summaryHours', { count: data.summary.angebote, angebote: formatCount(data.summary.angebote), stunden: formatNumber(data.summary.stunden) })}
          </p>
          {data.bereich.art === 'sozialraum' && (
            <p className="kern-body">
              {data.bereich.schulen.length
                ? t('mappingAnalysis.abdeckung.schulenImRaum', { schulen: data.bereich.schulen.map((s) => s.name).join(', ') })
                : t('mappingAnalysis.abdeckung.keineSchulenImRaum')}
            </p>
          )}
          <CoverageTable data={data} />
          <Section title={t('mappingAnalysis.abdeckung.definitions')}>
            <ul className="kern-list app-analysis-definitions">
              <li className="kern-body">{t('mappingAnalysis.abdeckung.defZustand')}</li>
              <li className="kern-body">{t('mappingAnalysis.abdeckung.defStunden')}</li>
              <li className="kern-body">{t('mappingAnalysis.abdeckung.defMehrfach')}</li>
            </ul>
          </Section>
        </div>
      )}
    </>
  );
}

function OfferLine({ offer }: { offer: AbdeckungAngebot }) {
  const { t } = useTranslation();
  return (
    <li className="app-coverage__offer">
      <span className="app-coverage__offer-title">{offer.titel}</span>
      {offer.akteurName && <span className="app-muted"> ({offer.akteurName})</span>}
      {offer.stunden !== null && <span>, {t('mappingAnalysis.hoursPerWeek', { value: formatNumber(offer.stunden) })}</span>}
      {offer.status !== 'laufend' && <span className="app-coverage__status"> – {t(`mappingAnalysis.status.${offer.status}`)}</span>}
    </li>
  );
}

function Cell({ zelle }: { zelle: AbdeckungZelle }) {
  const { t } = useTranslation();
  return (
    <td className={`kern-table__cell app-coverage__cell app-coverage__cell--${zelle.zustand}`}>
      {zelle.zustand !== 'abgedeckt' && (
        <span className={`app-coverage__gap app-coverage__gap--${zelle.zustand}`}>
          {zelle.zustand === 'luecke' ? t('mappingAnalysis.abdeckung.luecke') : t('mappingAnalysis.abdeckung.nurGeplant')}
        </span>
      )}
      {zelle.angebote.length > 0 && (
        <ul className="app-coverage__offers">
          {zelle.angebote.map((a) => (
            <OfferLine key={a.id} offer={a} />
          ))}
        </ul>
      )}
    </td>
  );
}

/** Handlungsfelder (rows) × Altersphasen (columns); each cell lists its offers or says "Lücke". */
function CoverageTable({ data }: { data: Abdeckung }) {
  const { t } = useTranslation();
  const captionId = useId();
  const cells = new Map(data.zellen.map((z) => [`${z.handlungsfeld}|${z.altersphase}`, z]));
  return (
    <div className="app-table app-coverage">
      <div className="kern-table-responsive app-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table app-coverage__table">
          <caption id={captionId} className="kern-title app-table__caption">
            {t('mappingAnalysis.abdeckung.caption', { name: data.bereich.name })}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('mappingAnalysis.abdeckung.colHandlungsfeld')}
              </th>
              {data.altersphasen.map((a) => (
                <th key={a} scope="col" className="kern-table__header app-coverage__phase">
                  {t(`mappingAnalysis.altersphasen.${a}`)}
                  <span className="app-coverage__years"> ({t('mappingAnalysis.years', { range: a.replace('-', '–') })})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.handlungsfelder.map((f) => (
              <tr key={f} className="kern-table__row">
                <th scope="row" className="kern-table__cell app-table__row-header app-coverage__field">
                  {t(`mappingAnalysis.handlungsfelder.${f}`)}
                </th>
                {data.altersphasen.map((a) => (
                  <Cell key={a} zelle={cells.get(`${f}|${a}`)!} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
