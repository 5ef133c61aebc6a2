import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { Section } from '../../../components/Section.js';
import { formatDateTime } from '../../../lib/format.js';
import type { Runde } from '../api.js';
import { formatCount } from '../format.js';
import { useTransitionsLabels } from '../labels.js';

type Schule = Runde['schulen'][number];

/** The schools of the round, feeder schools first, with the state of their list. */
export function SchulenTable({ runde }: { runde: Runde }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const rows = [...runde.schulen].sort((a, b) => (a.seite === b.seite ? a.name.localeCompare(b.name, 'de') : a.seite === 'abgebend' ? -1 : 1));
  const columns: Column<Schule>[] = [
    {
      key: 'name',
      header: t('transitions.round.colSchule'),
      isRowHeader: true,
      render: (s) => (
        <>
          {s.name}
          <span className="app-trans-detail">{t('transitions.round.schulnummer', { nummer: s.schulnummer, schulform: s.schulform })}</span>
        </>
      ),
    },
    { key: 'seite', header: t('transitions.round.colSeite'), render: (s) => labels.seite(s.seite) },
    {
      key: 'liste',
      header: t('transitions.round.colListe'),
      render: (s) =>
        s.liste ? (
          <>
            {formatDateTime(s.liste.hochgeladenAm)}
            <span className="app-trans-detail">{t('transitions.round.eintraege', { count: s.liste.eintraege, formatted: formatCount(s.liste.eintraege) })}</span>
          </>
        ) : (
          <span className="app-muted">{runde.status === 'geloescht' ? t('transitions.round.listeGeloescht') : t('transitions.round.listeFehlt')}</span>
        ),
    },
    { key: 'faelle', header: t('transitions.round.colFaelle'), numeric: true, render: (s) => formatCount(s.faelleOffen) },
  ];
  return (
    <Section title={t('transitions.round.schulen')}>
      <DataTable caption={t('transitions.round.schulenCaption')} captionHidden columns={columns} rows={rows} rowKey={(s) => s.id} emptyText={t('transitions.round.keineSchulen')} />
    </Section>
  );
}
