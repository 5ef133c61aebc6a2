import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.js';
import { Icon } from '../../components/Icon.js';
import { backToListHref } from './filters.js';

/** Back to the school list, with the filters it had last. */
export function BackToList() {
  const { t } = useTranslation();
  return (
    <p className="kern-body app-back-link">
      <AppLink href={backToListHref()}>
        <Icon name="arrow-back" />
        {t('directory.backToList')}
      </AppLink>
    </p>
  );
}

/** Key figures as a KERN description list. */
export function Figures({ rows }: { rows: ReadonlyArray<[string, ReactNode]> }) {
  return (
    <dl className="kern-description-list app-figures">
      {rows.map(([key, value]) => (
        <div key={key} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

