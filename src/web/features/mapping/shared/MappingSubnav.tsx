import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { cx } from '../../../lib/cx.js';

export interface MappingSubnavItem {
  key: string;
  /** The page's address; the chosen Kommune goes along as `?kommune=…`. */
  path: string;
  label: (t: TFunction) => string;
  /** Further addresses that belong to this item (detail and create pages). */
  matches?: (pathname: string) => boolean;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const detailOf = (base: string) => new RegExp(`^${base}/(neu|${uuid})/?$`, 'i');

/**
 * The parts of the module "Akteure & Angebote", in this order. Other pages of the module add
 * their entry here (e.g. `{ key: 'netzwerk', path: '/akteure/netzwerk', label: (t) => t('…') }`);
 * every page that shows `MappingSubnav` then links to them.
 */
export const mappingSubnavItems: MappingSubnavItem[] = [
  { key: 'uebersicht', path: '/akteure', label: (t) => t('mapping.nav.uebersicht') },
  { key: 'akteure', path: '/akteure/liste', label: (t) => t('mapping.nav.akteure'), matches: (p) => detailOf('/akteure').test(p) },
  { key: 'angebote', path: '/akteure/angebote', label: (t) => t('mapping.nav.angebote'), matches: (p) => detailOf('/akteure/angebote').test(p) },
  { key: 'kooperationen', path: '/akteure/kooperationen', label: (t) => t('mapping.nav.kooperationen'), matches: (p) => detailOf('/akteure/kooperationen').test(p) },
  { key: 'netzwerk', path: '/akteure/netzwerk', label: (t) => t('mappingAnalysis.nav.netzwerk') },
  { key: 'abdeckung', path: '/akteure/abdeckung', label: (t) => t('mappingAnalysis.nav.abdeckung') },
  { key: 'ressourcen', path: '/akteure/ressourcen', label: (t) => t('mappingAnalysis.nav.ressourcen') },
  { key: 'import-export', path: '/akteure/import-export', label: (t) => t('mappingTransfer.pageTitle') },
];

const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Links between the parts of the module; the current one is marked (aria-current). */
export function MappingSubnav({ kommuneId, items = mappingSubnavItems }: { kommuneId: string | null; items?: readonly MappingSubnavItem[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const here = trim(pathname);
  const search = kommuneId ? `?kommune=${encodeURIComponent(kommuneId)}` : '';
  return (
    <nav className="app-mapping-subnav" aria-label={t('mapping.nav.label')}>
      <ul className="app-mapping-subnav__list">
        {items.map((item) => {
          const exact = here === item.path;
          const within = exact || Boolean(item.matches?.(here));
          return (
            <li key={item.key}>
              <Link
                to={`${item.path}${search}`}
                className={cx('app-mapping-subnav__link', within && 'app-mapping-subnav__link--current')}
                aria-current={exact ? 'page' : within ? 'true' : undefined}
              >
                {item.label(t)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
