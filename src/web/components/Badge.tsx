import type { ReactNode } from 'react';

export type BadgeVariant = 'info' | 'success' | 'warning' | 'danger';

/** A KERN badge that wraps long text instead of overflowing; an icon inside sits next to the text. */
export function Badge({ variant = 'info', children }: { variant?: BadgeVariant; children: ReactNode }) {
  return <span className={`kern-badge kern-badge--${variant} app-badge`}>{children}</span>;
}
