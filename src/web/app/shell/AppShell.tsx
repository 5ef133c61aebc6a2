import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { useSession } from '../../features/identity/session.js';
import { LanguageMenu } from './LanguageMenu.js';
import { MainNav } from './MainNav.js';
import { UserMenu } from './UserMenu.js';

const navId = 'hauptnavigation';
const mainId = 'inhalt';

function focusMain() {
  document.getElementById(mainId)?.focus();
}

/**
 * Page frame: skip link, header (brand, menu button, language, account), side navigation that
 * becomes a menu on narrow screens, main region and footer.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession().data ?? null;
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const firstRender = useRef(true);

  // After client-side navigation: close the menu, go to the top and put focus on the new h1,
  // so screen readers announce the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setNavOpen(false);
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>(`#${mainId} h1`);
    (heading ?? document.getElementById(mainId))?.focus();
  }, [location.pathname]);

  return (
    <div className="app-root">
      <a
        className="app-skip-link"
        href={`#${mainId}`}
        onClick={(event) => {
          event.preventDefault();
          focusMain();
        }}
      >
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          {session && (
            <AppButton
              variant="tertiary"
              icon={navOpen ? 'close' : 'dehaze'}
              className="app-header__button app-nav-toggle"
              aria-expanded={navOpen}
              aria-controls={navId}
              onPress={() => setNavOpen((open) => !open)}
            >
              {t('app.menu')}
            </AppButton>
          )}
          <AppLink href="/" className="app-brand kern-link--no-visited-state" aria-label={t('app.homeLink')}>
            <span className="app-brand__mark" aria-hidden="true" />
            <span className="app-brand__text">
              <span className="app-brand__name">{t('app.name')}</span>
              <span className="app-brand__tagline">{t('app.tagline')}</span>
            </span>
          </AppLink>
          <div className="app-header__tools">
            <LanguageMenu />
            {session && <UserMenu session={session} />}
          </div>
        </div>
      </header>
      <div className={session ? 'app-body app-body--with-nav' : 'app-body'}>
        {session && <MainNav id={navId} session={session} isOpen={navOpen} />}
        <main id={mainId} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
      <footer className="app-footer">
        <p className="kern-body kern-body--small">{t('app.footer')}</p>
      </footer>
    </div>
  );
}
