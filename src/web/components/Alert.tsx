import { forwardRef, type ReactNode } from 'react';
import { Icon } from './Icon.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  variant: AlertVariant;
  title: ReactNode;
  children?: ReactNode;
  /** "alert" for errors that appear after an action, "status" for confirmations. */
  role?: 'alert' | 'status';
  id?: string;
  tabIndex?: number;
  'aria-labelledby'?: string;
  titleId?: string;
}

/** KERN alert box (info, success, warning, danger). */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { variant, title, children, role, id, tabIndex, titleId, ...aria },
  ref,
) {
  return (
    <div
      ref={ref}
      id={id}
      className={`kern-alert kern-alert--${variant} app-alert`}
      role={role}
      tabIndex={tabIndex}
      aria-labelledby={aria['aria-labelledby']}
    >
      <div className="kern-alert__header">
        <Icon name={variant} />
        <span className="kern-title" id={titleId}>
          {title}
        </span>
      </div>
      {children !== undefined && children !== null && children !== false && (
        <div className="kern-alert__body">{children}</div>
      )}
    </div>
  );
});
