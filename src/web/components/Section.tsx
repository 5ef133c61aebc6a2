import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx.js';

/** A titled region of a page (h2) that is labelled by its heading. */
export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section className={cx('app-section', className)} aria-labelledby={id}>
      <h2 className="kern-heading-medium app-section__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
