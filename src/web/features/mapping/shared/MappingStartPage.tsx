import './mapping.css';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { AppLink } from '../../../components/AppLink.js';
import { useEntityList, type EntityKind } from './api.js';
import { formatCount } from './format.js';
import { useMappingKommune } from './kommune.js';
import { MappingSubnav } from './MappingSubnav.js';
import { ButtonLink, ChooseKommune, KommuneBar, SharedOnlyNotice } from './parts.js';
import { canCreate, readsAll } from './permissions.js';

const parts: ReadonlyArray<{ kind: EntityKind; list: string; create: string }> = [
  { kind: 'akteure', list: '/akteure/liste', create: '/akteure/neu' },
  { kind: 'angebote', list: '/akteure/angebote', create: '/akteure/angebote/neu' },
  { kind: 'kooperationen', list: '/akteure/kooperationen', create: '/akteure/kooperationen/neu' },
];

function Part({ kind, list, create, kommuneId, mayCreate }: (typeof parts)[number] & { kommuneId: string; mayCreate: boolean }) {
  const { t } = useTranslation();
  const entries = useEntityList(kind, kommuneId, { pageSize: 1 });
  const search = `?kommune=${encodeURIComponent(kommuneId)}`;
  return (
    <section className="app-mapping-card" aria-labelledby={`mapping-part-${kind}`}>
      <h2 id={`mapping-part-${kind}`} className="kern-heading-medium app-mapping-card__title">
        <AppLink href={`${list}${search}`}>{t(`mapping.nav.${kind}`)}</AppLink>
      </h2>
      <p className="kern-body app-mapping-card__text">{t(`mapping.start.${kind}`)}</p>
      <p className="kern-body app-mapping-card__count">
        {entries.isPending ? t('app.loading') : entries.isError ? t('common.loadError') : t(`mapping.start.count.${kind}`, { count: entries.data.total, formatted: formatCount(entries.data.total) })}
      </p>
      {mayCreate && (
        <ButtonLink variant="secondary" icon="add" href={`${create}${search}`}>
          {t(`mapping.${kind}.create`)}
        </ButtonLink>
      )}
    </section>
  );
}

/** /akteure — start of the module: Kommune, its actors, offers and cooperations. */
export function MappingStartPage() {
  const { t } = useTranslation();
  const state = useMappingKommune();
  const { kommuneId, kommune, session } = state;
  return (
    <>
      <PageHeader
        preline={kommune?.name}
        title={t('mapping.start.title')}
        documentTitle={kommune ? t('mapping.start.documentTitle', { kommune: kommune.name }) : undefined}
        lead={t('mapping.start.lead')}
      />
      <MappingSubnav kommuneId={kommuneId} />
      <KommuneBar state={state} />
      {!kommuneId ? (
        state.waiting ? (
          <Loading />
        ) : (
          <ChooseKommune />
        )
      ) : (
        <>
          <SharedOnlyNotice show={!readsAll(session, kommuneId)} />
          <div className="app-mapping-cards">
            {parts.map((part) => (
              <Part key={part.kind} {...part} kommuneId={kommuneId} mayCreate={canCreate(session, kommuneId)} />
            ))}
          </div>
          <p className="kern-body app-hint-text">{t('mapping.start.circlesHint')}</p>
        </>
      )}
    </>
  );
}
