import './meetings.css';
import { useTranslation } from 'react-i18next';
import type { MeineArbeit, TreffenKurz } from '../../../../domain/networks/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { Icon } from '../../../components/Icon.js';
import { useMeineArbeit } from './api.js';
import { meetingWhen } from './format.js';

function nextMeeting(data: MeineArbeit): TreffenKurz | null {
  const now = new Date().toISOString();
  return [...data.treffen].filter((m) => m.status !== 'abgesagt' && m.ende >= now).sort((a, b) => a.beginn.localeCompare(b.beginn))[0] ?? null;
}

/** Start page: "Meine Arbeit" as a card with the next meeting and the open agreements. */
export function MyWorkCard() {
  const { t } = useTranslation();
  const arbeit = useMeineArbeit();
  const data = arbeit.data;
  const next = data ? nextMeeting(data) : null;
  return (
    <div className="kern-card kern-card--hug kern-card--interactive app-my-work-card">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h2 className="kern-heading-small app-my-work-card__title">
            <AppLink href="/netzwerke/meine-arbeit" className="kern-link--stretched kern-link--no-visited-state">
              {t('meetings.home.title')}
            </AppLink>
          </h2>
        </div>
        <div className="kern-card__body">
          <p className="kern-body">{t('meetings.home.text')}</p>
          {data && (
            <ul className="app-plain-list app-my-work-card__facts">
              <li className="kern-body">{next ? t('meetings.home.next', { title: next.titel, date: meetingWhen(next.beginn, next.ende, true) }) : t('meetings.home.noNext')}</li>
              <li className="kern-body">
                {data.vereinbarungen.length === 0 ? t('meetings.home.noOpen') : t('meetings.home.open', { count: data.vereinbarungen.length })}
                {data.ueberfaellig > 0 && (
                  <>
                    {', '}
                    <strong className="app-my-work-card__overdue">
                      <Icon name="warning" size="small" /> {t('meetings.home.overdue', { count: data.ueberfaellig })}
                    </strong>
                  </>
                )}
              </li>
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
