import '../shared/mapping.css';
import { useTranslation } from 'react-i18next';
import type { Schule } from '../../../../domain/directory/contracts.js';
import { hoursAt, roundHours } from '../../../../domain/mapping/analysis/coverage.js';
import type { Akteur, Angebot } from '../../../../domain/mapping/contracts.js';
import { AppLink } from '../../../components/AppLink.js';
import { Badge } from '../../../components/Badge.js';
import { Loading } from '../../../components/Loading.js';
import { QueryError } from '../../../components/QueryError.js';
import { Section } from '../../../components/Section.js';
import { useCurrentSession } from '../../identity/session.js';
import { KooperationenTable } from '../kooperationen/KooperationenTable.js';
import { useSiteMapping } from '../shared/api.js';
import { formatHours } from '../shared/format.js';
import { useLabels, vocab, type Handlungsfeld, type Kreis } from '../shared/labels.js';
import { akteurHref, angebotHref } from '../shared/links.js';
import { ButtonLink } from '../shared/parts.js';
import { canWrite, readsAll } from '../shared/permissions.js';

export interface SiteMappingSectionsProps {
  /** The school whose site profile is shown (id = scope id of the site). */
  schule: Schule;
}

/** Weekly hours of an offer that fall to this school (shared equally between its sites). */
const hoursHere = (angebot: Angebot, schuleId: string) => hoursAt({ stundenProWoche: angebot.stundenProWoche, standortIds: angebot.standorte.map((s) => s.id) }, new Set([schuleId]));

/** Only running offers count towards the hours, as in the coverage grid. */
const counts = (angebot: Angebot) => angebot.status === 'laufend';

function sumHours(angebote: readonly Angebot[], schuleId: string): number {
  return roundHours(angebote.filter(counts).reduce((sum, a) => sum + (hoursHere(a, schuleId) ?? 0), 0));
}

function Empty() {
  const { t } = useTranslation();
  return <p className="kern-body app-muted">{t('mapping.site.empty')}</p>;
}

function AkteureByKreis({ akteure }: { akteure: readonly Akteur[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const groups = vocab.kreise.map((kreis: Kreis) => ({ kreis, items: akteure.filter((a) => a.kreis === kreis) })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return <Empty />;
  return (
    <div className="app-mapping-site-groups">
      {groups.map(({ kreis, items }) => (
        <div key={kreis} className="app-mapping-site-group">
          <h3 className="kern-heading-small app-mapping-site-group__title">
            {labels.kreis(kreis)} <span className="app-mapping-site-group__count">({t('mapping.site.akteureCount', { count: items.length })})</span>
          </h3>
          <ul className="app-mapping-site-list">
            {items.map((a) => (
              <li key={a.id}>
                <AppLink href={akteurHref(a.id)}>{a.name}</AppLink>
                <span className="app-muted"> · {labels.typ(a.typ, a.typLabel)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function AngeboteByHandlungsfeld({ angebote, schuleId }: { angebote: readonly Angebot[]; schuleId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const groups = vocab.handlungsfelder
    .map((feld: Handlungsfeld) => ({ feld, items: angebote.filter((a) => a.handlungsfeld === feld) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return <Empty />;
  const total = sumHours(angebote, schuleId);
  return (
    <>
      <p className="kern-body app-mapping-site-total">
        {t('mapping.site.angeboteTotal', { count: angebote.length, hours: formatHours(total) })}
      </p>
      <div className="app-mapping-site-groups">
        {groups.map(({ feld, items }) => (
          <div key={feld} className="app-mapping-site-group">
            <h3 className="kern-heading-small app-mapping-site-group__title">
              {labels.handlungsfeld(feld)}{' '}
              <span className="app-mapping-site-group__count">
                ({items.some(counts) ? t('mapping.hoursPerWeek', { value: formatHours(sumHours(items, schuleId)) }) : t('mapping.site.noneRunning')})
              </span>
            </h3>
            <ul className="app-mapping-site-list">
              {items.map((a) => {
                const here = hoursHere(a, schuleId);
                return (
                  <li key={a.id}>
                    <AppLink href={angebotHref(a.id)}>{a.titel}</AppLink>
                    {a.akteurName && <span className="app-muted"> · {a.akteurName}</span>}
                    <span className="app-mapping-site-list__meta">
                      {here !== null &&
                        (a.standorte.length > 1
                          ? t('mapping.site.hoursShared', { here: formatHours(roundHours(here)), total: formatHours(a.stundenProWoche ?? 0), sites: a.standorte.length })
                          : t('mapping.hoursPerWeek', { value: formatHours(here) }))}
                      {a.status !== 'laufend' && <Badge variant={a.status === 'beendet' ? 'warning' : 'info'}>{labels.status(a.status)}</Badge>}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      <p className="kern-body kern-body--small app-muted">{t('mapping.site.hoursNote')}</p>
    </>
  );
}

/**
 * The part of the site profile (Standortprofil) that the mapping module fills: actors by circle,
 * offers by field of action with their weekly hours at this school, cooperations and a link to the
 * school's coverage grid.
 */
export function SiteMappingSections({ schule }: SiteMappingSectionsProps) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const mapping = useSiteMapping(schule.id);
  const mayWrite = canWrite(session, schule.kommuneId, [schule.id]);
  const query = `kommune=${encodeURIComponent(schule.kommuneId)}&standort=${encodeURIComponent(schule.id)}`;

  if (mapping.isPending) return <Loading />;
  if (mapping.isError) return <QueryError error={mapping.error} onRetry={() => void mapping.refetch()} />;
  const { akteure, angebote, kooperationen } = mapping.data;

  return (
    <div className="app-site-mapping app-mapping-site">
      <p className="kern-body app-mapping-site__intro">
        {readsAll(session, schule.kommuneId) ? t('mapping.site.intro') : t('mapping.site.introShared')}
      </p>
      <Section title={t('mapping.site.akteure')} className="app-site-mapping__section">
        <AkteureByKreis akteure={akteure} />
        <p className="app-mapping-site__actions">
          {akteure.length > 0 && <AppLink href={`/akteure/liste?${query}`}>{t('mapping.site.allAkteure')}</AppLink>}
          {mayWrite && (
            <ButtonLink variant="secondary" icon="add" href={`/akteure/neu?${query}`}>
              {t('mapping.site.createAkteur')}
            </ButtonLink>
          )}
        </p>
      </Section>
      <Section title={t('mapping.site.angebote')} className="app-site-mapping__section">
        <AngeboteByHandlungsfeld angebote={angebote} schuleId={schule.id} />
        <p className="app-mapping-site__actions">
          {angebote.length > 0 && <AppLink href={`/akteure/angebote?${query}`}>{t('mapping.site.allAngebote')}</AppLink>}
          {mayWrite && (
            <ButtonLink variant="secondary" icon="add" href={`/akteure/angebote/neu?${query}`}>
              {t('mapping.site.createAngebot')}
            </ButtonLink>
          )}
        </p>
      </Section>
      <Section title={t('mapping.site.kooperationen')} className="app-site-mapping__section">
        {kooperationen.length === 0 ? <Empty /> : <KooperationenTable rows={kooperationen} caption={t('mapping.site.kooperationenCaption', { name: schule.name })} emptyText={t('mapping.site.empty')} hideStandort />}
        {mayWrite && (
          <p className="app-mapping-site__actions">
            <ButtonLink variant="secondary" icon="add" href={`/akteure/kooperationen/neu?${query}`}>
              {t('mapping.site.createKooperation')}
            </ButtonLink>
          </p>
        )}
      </Section>
      <Section title={t('mapping.site.abdeckung')} className="app-site-mapping__section">
        {angebote.length === 0 ? (
          <Empty />
        ) : (
          <p className="kern-body">
            {t('mapping.site.abdeckungText', { covered: new Set(angebote.filter(counts).map((a) => a.handlungsfeld)).size, total: vocab.handlungsfelder.length })}{' '}
            <AppLink href={`/akteure/abdeckung?kommune=${encodeURIComponent(schule.kommuneId)}&schule=${encodeURIComponent(schule.id)}`}>{t('mapping.site.abdeckungLink')}</AppLink>
          </p>
        )}
      </Section>
    </div>
  );
}
