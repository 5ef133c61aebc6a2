import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.js';
import type { Luecke, Vorschlag } from '../api.js';
import { ButtonLink } from '../parts.js';
import { praxisHref, transferNewHref } from '../paths.js';

interface ProposalListProps {
  luecke: Luecke;
  vorschlaege: readonly Vorschlag[];
  /** The caller keeps the gap's Kommune: each proposal offers "Transfer anfragen". */
  mayRequest: boolean;
  headingLevel: 3 | 4;
  compact?: boolean;
}

/** The proposals for one gap in their order, each with the reasons in words. */
export function ProposalList({ luecke, vorschlaege, mayRequest, headingLevel, compact }: ProposalListProps) {
  const { t } = useTranslation();
  return (
    <ol className={`app-lern-proposals${compact ? ' app-lern-proposals--compact' : ''}`} aria-label={t('transfer.vorschlaege.listLabel')}>
      {vorschlaege.map((v) => (
        <Proposal key={v.praxis.id} luecke={luecke} vorschlag={v} mayRequest={mayRequest} headingLevel={headingLevel} compact={compact} />
      ))}
    </ol>
  );
}

function Proposal({ luecke, vorschlag, mayRequest, headingLevel, compact }: { luecke: Luecke; vorschlag: Vorschlag; mayRequest: boolean; headingLevel: 3 | 4; compact?: boolean }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li className="app-lern-proposal">
      <span className="app-lern-proposal__rank" aria-hidden="true">
        {vorschlag.rang}
      </span>
      <div className="app-lern-proposal__body">
        <Heading className={`${compact ? 'kern-title' : 'kern-heading-small'} app-lern-proposal__title`}>
          <span className="kern-sr-only">{t('transfer.vorschlaege.rank', { rang: vorschlag.rang })} </span>
          <AppLink href={praxisHref(vorschlag.praxis.id)}>{vorschlag.praxis.titel}</AppLink>
        </Heading>
        <p className="kern-body app-lern-proposal__kommune">{t('transfer.vorschlaege.from', { name: vorschlag.praxis.kommune.name })}</p>
        {compact && vorschlag.gruende.length > 0 && (
          <p className="kern-body app-lern-proposal__inline-reasons">
            <span className="app-lern-proposal__why-inline">{t('transfer.vorschlaege.why')}</span> {vorschlag.gruende.join(' · ')}
          </p>
        )}
        {!compact && vorschlag.gruende.length > 0 && (
          <>
            <p className="kern-body app-lern-proposal__why">{t('transfer.vorschlaege.why')}</p>
            <ul className="kern-list kern-list--bullet app-lern-proposal__reasons">
              {vorschlag.gruende.map((g) => (
                <li key={g} className="kern-body">
                  {g}
                </li>
              ))}
            </ul>
          </>
        )}
        {mayRequest && (
          <div className="app-actions app-lern-proposal__actions">
            <ButtonLink href={transferNewHref(vorschlag.praxis.id, luecke.id)} variant="secondary" small={compact} label={`${t('transfer.vorschlaege.request')}: ${vorschlag.praxis.titel}`}>
              {t('transfer.vorschlaege.request')}
            </ButtonLink>
          </div>
        )}
      </div>
    </li>
  );
}
