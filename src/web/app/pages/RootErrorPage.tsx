import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.js';

/**
 * Last resort when even the layout fails: plain markup without the shell, so it renders even
 * when the session or router state is broken.
 */
export function RootErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.error.title'));
  return (
    <>
      <a className="app-skip-link" href="#inhalt">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
          </span>
        </div>
      </header>
      <main id="inhalt" tabIndex={-1} className="app-main app-main--standalone">
        <h1 className="kern-heading-large">{t('pages.error.title')}</h1>
        <p className="kern-body kern-body--large">{t('pages.error.text')}</p>
        <p className="kern-body">
          <a className="kern-link" href="/">
            {t('common.toHome')}
          </a>
        </p>
      </main>
    </>
  );
}
