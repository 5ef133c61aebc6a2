import { Link, type LinkProps } from 'react-aria-components';
import { cx } from '../lib/cx.js';

/** react-aria Link in KERN style; internal hrefs are handled by React Router. */
export function AppLink({ className, ...props }: Omit<LinkProps, 'className'> & { className?: string }) {
  return <Link {...props} className={cx('kern-link', className)} />;
}
