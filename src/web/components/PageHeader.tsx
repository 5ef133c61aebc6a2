import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.js';

interface PageHeaderProps {
  title: string;
  /** The document title when it should differ from the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  actions?: ReactNode;
  preline?: ReactNode;
}

/** The one h1 of a page; it also sets the document title and receives focus after navigation. */
export function PageHeader({ title, documentTitle, lead, actions, preline }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="app-page-header">
      <div className="app-page-header__text">
        {preline && <p className="kern-preline app-page-header__preline">{preline}</p>}
        <h1 className="kern-heading-large app-page-title" tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="kern-body kern-body--large app-page-header__lead">{lead}</p>}
      </div>
      {actions && <div className="app-page-header__actions">{actions}</div>}
    </div>
  );
}
