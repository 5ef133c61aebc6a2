import i18next from 'i18next';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Alert } from '../../components/Alert.js';
import { Badge, type BadgeVariant } from '../../components/Badge.js';
import { BackLink } from '../../components/BackLink.js';
import type { IconName } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { isApiError } from '../../lib/api.js';
import { cx } from '../../lib/cx.js';
import { errorMessage } from '../../lib/errors.js';
import { useTransferLabels, type LueckenStatus, type Prioritaet } from './labels.js';
import { transferHome } from './paths.js';

/** A link that looks like a KERN button. */
export function ButtonLink({ href, icon, variant = 'primary', small, label, children }: { href: string; icon?: IconName; variant?: 'primary' | 'secondary' | 'tertiary'; small?: boolean; /** A fuller accessible name; it must begin with the visible text. */ label?: string; children: ReactNode }) {
  return (
    <Link href={href} aria-label={label} className={cx('kern-btn', `kern-btn--${variant}`, small && 'kern-btn--x-small', 'app-btn', 'app-lern-button-link')}>
      {icon && <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

/** Unknown, or not visible to the caller: the server answers 404 for gaps and grids outside the learning network. */
export const isNotFound = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);
export const isForbidden = (error: unknown) => isApiError(error) && error.status === 403;
export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;
export const isNoAccess = (error: unknown) => isNotFound(error) || isForbidden(error);

/** A page of something that does not exist or that the person may not open. */
export function NoAccess({ error, backHref = transferHome, backLabel }: { error: unknown; backHref?: string; backLabel?: string }) {
  const { t } = useTranslation();
  const forbidden = isForbidden(error);
  return (
    <>
      <BackLink href={backHref}>{backLabel ?? t('transfer.backToStart')}</BackLink>
      <PageHeader title={forbidden ? t('transfer.noAccess') : t('transfer.notFound')} lead={forbidden ? t('transfer.noAccessText') : t('transfer.notFoundText')} />
    </>
  );
}

/** A stale version: the server's own sentence says what happened (German only; English falls back to the general text). */
export function actionMessage(error: unknown): string {
  // An outdated version: the page has loaded the stored state meanwhile, so "reload" would mislead.
  if (isConflict(error) && isApiError(error) && error.code === 'conflict') return i18next.t('transfer.conflictText');
  if (isConflict(error) && isApiError(error) && error.problem?.detail && (i18next.resolvedLanguage ?? 'de').startsWith('de')) return error.problem.detail;
  return errorMessage(error);
}

/** Someone else changed the entry meanwhile: the server's sentence, focused so it is read out. */
export function ConflictNotice({ message }: { message: string | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Alert ref={ref} variant="warning" role="alert" tabIndex={-1} title={t('transfer.conflictTitle')}>
      <p className="kern-body">{message}</p>
      <p className="kern-body">{t('transfer.conflictHint')}</p>
    </Alert>
  );
}

const prioritaetVariant: Record<Prioritaet, BadgeVariant> = { hoch: 'danger', mittel: 'warning', niedrig: 'info' };
const statusVariant: Record<LueckenStatus, BadgeVariant> = { offen: 'info', 'in-bearbeitung': 'warning', geloest: 'success' };
const phaseVariant: Record<string, BadgeVariant> = { vorbereitung: 'info', austausch: 'info', nachbereitung: 'warning', abgeschlossen: 'success', abgebrochen: 'danger' };

/** "Priorität hoch": the word says it, the colour only repeats it. */
export function PrioritaetBadge({ prioritaet }: { prioritaet: Prioritaet }) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  return (
    <span className="app-lern-badge">
      <Badge variant={prioritaetVariant[prioritaet]}>{t('transfer.prioritaetBadge', { value: labels.prioritaet(prioritaet) })}</Badge>
    </span>
  );
}

export function LueckenStatusBadge({ status }: { status: LueckenStatus }) {
  const labels = useTransferLabels();
  return (
    <span className="app-lern-badge">
      <Badge variant={statusVariant[status]}>{labels.lueckenStatus(status)}</Badge>
    </span>
  );
}

export function PhaseBadge({ phase }: { phase: string }) {
  const labels = useTransferLabels();
  return (
    <span className="app-lern-badge">
      <Badge variant={phaseVariant[phase] ?? 'info'}>{labels.phaseKurz(phase)}</Badge>
    </span>
  );
}

/** The first words of a long text, cut at a word boundary. */
export function excerpt(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}
