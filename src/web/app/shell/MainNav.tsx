import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionInfo } from '../../../domain/identity/contracts.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { hasAbility } from '../../features/identity/session.js';
import { moduleRoutes } from '../modules.js';

function NavItem({ to, end, icon, children }: { to: string; end?: boolean; icon?: IconName; children: ReactNode }) {
  return (
    <li className="app-nav__item">
      <NavLink to={to} end={end} className="app-nav__link">
        {icon && <Icon name={icon} />}
        <span>{children}</span>
      </NavLink>
    </li>
  );
}

function NavGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="app-nav__group">
      <p className="app-nav__heading" id={id}>
        {title}
      </p>
      <ul className="app-nav__list" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

/** Side navigation: start page, every module, administration (by ability) and own account. */
export function MainNav({ id, session, isOpen }: { id: string; session: SessionInfo; isOpen: boolean }) {
  const { t } = useTranslation();
  const canUsers = hasAbility(session, 'user.manage');
  const canScopes = hasAbility(session, 'scope.manage');
  const canAudit = hasAbility(session, 'audit.read');
  return (
    <nav id={id} className="app-nav" aria-label={t('app.mainNav')} data-open={isOpen || undefined}>
      <ul className="app-nav__list">
        <NavItem to="/" end icon="home">
          {t('nav.home')}
        </NavItem>
      </ul>
      <NavGroup title={t('nav.modules')}>
        {moduleRoutes.map((module) => (
          <NavItem key={module.key} to={module.path}>
            {t(`modules.${module.key}.title`)}
          </NavItem>
        ))}
      </NavGroup>
      {(canUsers || canScopes || canAudit) && (
        <NavGroup title={t('nav.admin')}>
          {canUsers && <NavItem to="/verwaltung/benutzer">{t('nav.users')}</NavItem>}
          {canScopes && <NavItem to="/verwaltung/organisationseinheiten">{t('nav.scopes')}</NavItem>}
          {canAudit && <NavItem to="/verwaltung/protokoll">{t('nav.audit')}</NavItem>}
        </NavGroup>
      )}
      <NavGroup title={t('nav.account')}>
        <NavItem to="/profil">{t('nav.profile')}</NavItem>
      </NavGroup>
    </nav>
  );
}
