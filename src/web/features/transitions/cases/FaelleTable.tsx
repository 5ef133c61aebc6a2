import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import type { Fall } from '../api.js';
import { useTransitionsLabels } from '../labels.js';
import { fallHref } from '../paths.js';
import { FallStatusBadge } from '../StatusBadges.js';
import { EintragName } from './EintragName.js';

/** Cases with the children involved; names only of entries the person may read. */
export function FaelleTable({ rundeId, faelle, caption, emptyText, captionHidden }: { rundeId: string; faelle: readonly Fall[]; caption: string; emptyText: string; captionHidden?: boolean }) {
  const { t } = useTranslation();
  const labels = useTransitionsLabels();
  const columns: Column<Fall>[] = [
    { key: 'art', header: t('transitions.cases.colArt'), isRowHeader: true, render: (f) => <AppLink href={fallHref(rundeId, f.id)}>{labels.fallArt(f.art)}</AppLink> },
    {
      key: 'kinder',
      header: t('transitions.cases.colKinder'),
      render: (f) => (
        <ul className="app-plain-list">
          {f.eintraege.map((e, i) => (
            <li key={i}>
              <EintragName eintrag={e} />
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'zugewiesen', header: t('transitions.cases.colZugewiesen'), render: (f) => f.zugewiesen?.name ?? <span className="app-muted">{t('transitions.cases.niemand')}</span> },
    { key: 'status', header: t('transitions.cases.colStatus'), render: (f) => <FallStatusBadge status={f.status} /> },
  ];
  return <DataTable caption={caption} captionHidden={captionHidden} columns={columns} rows={faelle} rowKey={(f) => f.id} emptyText={emptyText} wide />;
}
