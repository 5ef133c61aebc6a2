import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink.js';
import { Icon } from './Icon.js';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** Link target for a page, e.g. "?seite=3". */
  hrefFor: (page: number) => string;
  /** What is being paged, for the navigation's label. */
  what: string;
}

/** Previous/next paging with the current range; the links keep the page in the address. */
export function Pagination({ page, pageSize, total, hrefFor, what }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="app-pagination" aria-label={t('paging.label', { what })}>
      <p className="kern-body app-pagination__status">
        {total === 0 ? t('paging.rangeEmpty') : t('paging.range', { from, to, total })}
        {pages > 1 && <> · {t('paging.status', { page, pages })}</>}
      </p>
      {pages > 1 && (
        <ul className="app-pagination__links">
          <li>
            {page > 1 && (
              <AppLink href={hrefFor(page - 1)} className="kern-link--no-visited-state">
                <Icon name="chevron-left" />
                {t('paging.previous')}
              </AppLink>
            )}
          </li>
          <li>
            {page < pages && (
              <AppLink href={hrefFor(page + 1)} className="kern-link--no-visited-state">
                {t('paging.next')}
                <Icon name="chevron-right" />
              </AppLink>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
