import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover, type Key } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { SessionInfo } from '../../../domain/identity/contracts.js';
import { Icon } from '../../components/Icon.js';
import { useLogout } from '../../features/identity/api.js';

/** Account menu in the header: profile and logout. */
export function UserMenu({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();

  function onAction(key: Key) {
    if (key !== 'logout') return;
    logout.mutate(undefined, {
      onSettled: () => void navigate('/anmelden', { replace: true, state: { notice: 'loggedOut' } }),
    });
  }

  return (
    <MenuTrigger>
      <Button className="kern-btn kern-btn--tertiary app-header__button">
        <Icon name="account-circle" />
        <span className="kern-label kern-sr-only-mobile">{session.user.name}</span>
      </Button>
      <Popover className="app-popover app-menu-popover" placement="bottom end">
        <Menu className="app-menu" aria-label={t('nav.userMenu', { name: session.user.name })} onAction={onAction}>
          <MenuItem id="profile" href="/profil" className="app-menu__item">
            <span className="app-menu__check">
              <Icon name="edit" />
            </span>
            {t('nav.profile')}
          </MenuItem>
          <MenuItem id="logout" className="app-menu__item">
            <span className="app-menu__check">
              <Icon name="logout" />
            </span>
            {t('nav.logout')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
