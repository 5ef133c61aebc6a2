import { useTranslation } from 'react-i18next';
import { erledigungsGruende, fallArten, type RundenZahlen } from '../../../../domain/transitions/round-contracts.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { DetailList } from '../../../components/DetailList.js';
import { Section } from '../../../components/Section.js';
import { formatCount } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

interface ArtZeile {
  art: (typeof fallArten)[number];
  offen: number;
  erledigt: number;
}

/** Anonymous counts of a round: what everyone who may see the round (also the steering group) reads. */
export function ZahlenSection({ zahlen, title }: { zahlen: RundenZahlen; title?: string }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const nachArt: ArtZeile[] = fallArten.map((art) => ({ art, offen: zahlen.faelleNachArt[art]?.offen ?? 0, erledigt: zahlen.faelleNachArt[art]?.erledigt ?? 0 })).filter((z) => z.offen + z.erledigt > 0);
  const nachGrund = erledigungsGruende.map((grund) => ({ grund, anzahl: zahlen.erledigtNachGrund[grund] ?? 0 })).filter((z) => z.anzahl > 0);
  const columns: Column<ArtZeile>[] = [
    { key: 'art', header: t('transitions.zahlen.colArt'), isRowHeader: true, render: (z) => labels.fallArt(z.art) },
    { key: 'offen', header: t('transitions.zahlen.colOffen'), numeric: true, render: (z) => formatCount(z.offen) },
    { key: 'erledigt', header: t('transitions.zahlen.colErledigt'), numeric: true, render: (z) => formatCount(z.erledigt) },
  ];
  return (
    <Section title={title ?? t('transitions.zahlen.title')} className="app-trans-zahlen">
      <p className="kern-body app-trans-text">{t('transitions.zahlen.lead')}</p>
      <DetailList
        className="app-facts app-trans-facts"
        rows={[
          [t('transitions.zahlen.abgaenge'), formatCount(zahlen.abgaenge)],
          [t('transitions.zahlen.anmeldungen'), formatCount(zahlen.anmeldungen)],
          [t('transitions.zahlen.zugeordnet'), formatCount(zahlen.zugeordnet)],
          [t('transitions.zahlen.inPruefung'), formatCount(zahlen.inPruefung)],
          [t('transitions.zahlen.faelleOffen'), formatCount(zahlen.faelleOffen)],
          [t('transitions.zahlen.faelleErledigt'), formatCount(zahlen.faelleErledigt)],
        ]}
      />
      <DataTable caption={t('transitions.zahlen.nachArt')} columns={columns} rows={nachArt} rowKey={(z) => z.art} emptyText={t('transitions.zahlen.keineFaelle')} />
      {nachGrund.length > 0 && (
        <>
          <h3 className="kern-heading-small app-trans-subtitle">{t('transitions.zahlen.nachGrund')}</h3>
          <ul className="kern-list kern-list--bullet">
            {nachGrund.map((z) => (
              <li key={z.grund} className="kern-body">
                {t('transitions.zahlen.grundZeile', { grund: labels.grund(z.grund), anzahl: formatCount(z.anzahl) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
