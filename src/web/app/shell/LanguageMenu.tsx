import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';
import { Icon } from '../../components/Icon.js';
import { useUpdateProfile } from '../../features/identity/api.js';
import { sessionKey, useSession } from '../../features/identity/session.js';
import { currentLanguage, isLanguage, languages, rememberLanguage, type Language } from '../../i18n/index.js';

/** Language chooser in the header; the choice is kept in the browser and, when logged in, in the profile. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const updateProfile = useUpdateProfile();
  const queryClient = useQueryClient();
  const language = currentLanguage();

  function choose(next: Language) {
    if (next === currentLanguage()) return;
    rememberLanguage(next);
    void i18n.changeLanguage(next);
    const user = session.data?.user;
    if (user) {
      updateProfile.mutate(
        { name: user.name, locale: next, version: user.version },
        { onError: () => void queryClient.invalidateQueries({ queryKey: sessionKey }) },
      );
    }
  }

  function onSelectionChange(selection: Selection) {
    if (selection === 'all') return;
    const [key] = [...selection];
    if (isLanguage(key)) choose(key);
  }

  return (
    <MenuTrigger>
      <Button className="kern-btn kern-btn--tertiary app-header__button" aria-label={t('language.current', { language: t(`language.${language}`) })}>
        <Icon name="language" />
        <span className="kern-label kern-sr-only-mobile" lang={language}>
          {t(`language.${language}`)}
        </span>
      </Button>
      <Popover className="app-popover app-menu-popover" placement="bottom end">
        <Menu
          className="app-menu"
          aria-label={t('language.label')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[language]}
          onSelectionChange={onSelectionChange}
        >
          {languages.map((code) => (
            <MenuItem key={code} id={code} lang={code} className="app-menu__item">
              {({ isSelected }) => (
                <>
                  <span className="app-menu__check">{isSelected && <Icon name="check" />}</span>
                  {t(`language.${code}`)}
                </>
              )}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
