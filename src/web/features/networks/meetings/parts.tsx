import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Link, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';
import type { Ergebnis } from '../../../../domain/networks/contracts.js';
import { vereinbarungStatus, type VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { Badge } from '../../../components/Badge.js';
import { Icon, type IconName } from '../../../components/Icon.js';
import { isApiError } from '../../../lib/api.js';
import { cx } from '../../../lib/cx.js';
import type { FieldErrors } from '../../../lib/forms.js';
import type { FormErrorsApi } from '../../../lib/useFormErrors.js';
import { dayDate } from './format.js';

export const statusCodes = Object.keys(vereinbarungStatus) as VereinbarungStatus[];

/** An h2 section that in-page links can jump to. */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section app-meetings-section" aria-labelledby={`${id}-titel`}>
      <h2 className="kern-heading-medium app-section__title" id={`${id}-titel`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Moves focus once a closing dialog has given it back to its trigger: when that trigger is gone
 * (the row or entry was removed), focus would otherwise fall to the page body.
 */
export function focusAfterDialog(id: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !document.body.contains(active)) document.getElementById(id)?.focus();
    }),
  );
}

/** KERN icons beyond the shared set (calendar, download). */
type LinkIcon = IconName | 'calendar-today' | 'download';

function LinkIconSpan({ name }: { name: LinkIcon }) {
  return <span className={`kern-icon kern-icon--${name}`} aria-hidden="true" />;
}

/** A link that looks like a KERN button (downloads, pages). */
export function ButtonLink({ href, icon, variant = 'secondary', download, children, describedBy }: { href: string; icon?: LinkIcon; variant?: 'primary' | 'secondary'; download?: boolean; children: ReactNode; describedBy?: string }) {
  // Downloads are plain anchors: the router must not try to render them as a page.
  if (download) {
    return (
      <a href={href} download className={cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-meetings-button-link')} aria-describedby={describedBy}>
        {icon && <LinkIconSpan name={icon} />}
        <span className="kern-label">{children}</span>
      </a>
    );
  }
  return (
    <Link href={href} className={cx('kern-btn', `kern-btn--${variant}`, 'app-btn', 'app-meetings-button-link')} aria-describedby={describedBy}>
      {icon && <LinkIconSpan name={icon} />}
      <span className="kern-label">{children}</span>
    </Link>
  );
}

/**
 * Field errors of a problem answer, keyed by the path below the body ("punkte.1.titel" stays
 * whole, so errors of one agenda item reach that item).
 */
export function problemFields(error: unknown): FieldErrors | null {
  if (!isApiError(error) || !error.problem?.errors?.length) return null;
  const out: FieldErrors = {};
  for (const entry of error.problem.errors) {
    const key = entry.field.split(/[./]/).filter((part) => part && part !== 'body').join('.') || '_form';
    if (!(key in out)) out[key] = entry.message;
  }
  return out;
}

/** Field errors go to their fields and the summary; anything else to the summary alone. */
export function showProblem(errors: FormErrorsApi, error: unknown): void {
  const fields = problemFields(error);
  if (fields) errors.showFieldErrors(fields);
  else errors.showServerError(error);
}

/**
 * Runs a mutation's promise with callbacks that fire even when the calling component is gone by
 * then (a removed entry, a cancelled meeting whose dialog changed): `mutate`'s own callbacks would not.
 */
export function settle<T>(promise: Promise<T>, onSuccess: (data: T) => void, onError: (error: unknown) => void): void {
  promise.then(onSuccess, onError);
}

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;
export const isGone = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);

/** "überfällig seit …" as text (not colour alone), or the due date. */
export function DueDate({ ergebnis }: { ergebnis: Pick<Ergebnis, 'faelligAm' | 'ueberfaellig'> }) {
  const { t } = useTranslation();
  if (!ergebnis.faelligAm) return <span className="app-muted">{t('meetings.results.noDue')}</span>;
  return (
    <>
      <span className="app-nowrap">{dayDate(ergebnis.faelligAm)}</span>
      {ergebnis.ueberfaellig && (
        <>
          {' '}
          <Badge variant="danger">
            <Icon name="warning" size="small" />
            {t('meetings.results.overdueSince', { date: dayDate(ergebnis.faelligAm) })}
          </Badge>
        </>
      )}
    </>
  );
}

/**
 * Changing the status of an agreement through a menu: choosing an entry is an explicit action,
 * so nothing is saved merely by moving through options.
 */
export function StatusMenu({ ergebnis, onChange, isPending }: { ergebnis: Ergebnis; onChange: (status: VereinbarungStatus) => void; isPending?: boolean }) {
  const { t } = useTranslation();
  const current = ergebnis.status ?? 'offen';
  const menuId = useId();
  function onSelectionChange(selection: Selection) {
    if (selection === 'all') return;
    const [key] = [...selection];
    if (typeof key === 'string' && key !== current && statusCodes.includes(key as VereinbarungStatus)) onChange(key as VereinbarungStatus);
  }
  return (
    <MenuTrigger>
      <Button
        className="kern-btn kern-btn--secondary kern-btn--x-small app-btn app-meetings-status-button"
        aria-label={t('meetings.results.changeStatusLabel', { status: t(`meetings.agreementStatus.${current}`), text: ergebnis.text })}
        isDisabled={isPending}
      >
        <span className="kern-label">{t('meetings.results.changeStatus')}</span>
      </Button>
      <Popover className="app-popover app-menu-popover" placement="bottom start">
        <Menu id={menuId} className="app-menu" aria-label={t('meetings.results.statusMenu')} selectionMode="single" disallowEmptySelection selectedKeys={[current]} onSelectionChange={onSelectionChange}>
          {statusCodes.map((code) => (
            <MenuItem key={code} id={code} className="app-menu__item">
              {({ isSelected }) => (
                <>
                  <span className="app-menu__check">{isSelected && <Icon name="check" />}</span>
                  {t(`meetings.agreementStatus.${code}`)}
                </>
              )}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** The status of an agreement in words, with a badge whose colour only repeats the words. */
export function StatusBadge({ status }: { status: VereinbarungStatus | null }) {
  const { t } = useTranslation();
  const value = status ?? 'offen';
  return <Badge variant={value === 'erledigt' ? 'success' : value === 'in-arbeit' ? 'info' : 'warning'}>{t(`meetings.agreementStatus.${value}`)}</Badge>;
}
