import { useTranslation } from 'react-i18next';
import type { ModuleKey } from '../../app/modules.js';
import { AppLink } from '../../components/AppLink.js';

/** KERN card for a module; the whole card is clickable through the stretched link. */
export function ModuleTile({ moduleKey, path }: { moduleKey: ModuleKey; path: string }) {
  const { t } = useTranslation();
  return (
    <div className="kern-card kern-card--small kern-card--interactive app-tile">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-title">
            <AppLink href={path} className="kern-link--stretched kern-link--no-visited-state">
              {t(`modules.${moduleKey}.title`)}
            </AppLink>
          </h3>
        </div>
        <div className="kern-card__body">
          <p className="kern-body kern-body--small">{t(`modules.${moduleKey}.description`)}</p>
        </div>
      </div>
    </div>
  );
}
