import type { ReactNode } from 'react';
import { AppLink } from './AppLink.js';
import { Icon } from './Icon.js';

/** "← back to …" above a page title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="kern-body app-back-link">
      <AppLink href={href}>
        <Icon name="arrow-back" />
        {children}
      </AppLink>
    </p>
  );
}
