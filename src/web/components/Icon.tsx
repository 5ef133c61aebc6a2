import { cx } from '../lib/cx.js';

export type IconName =
  | 'account-circle' | 'add' | 'arrow-back' | 'arrow-forward' | 'check' | 'chevron-left' | 'chevron-right'
  | 'close' | 'content-copy' | 'danger' | 'dehaze' | 'delete' | 'edit' | 'home' | 'info' | 'language'
  | 'logout' | 'mail' | 'search' | 'success' | 'warning';

/** KERN icon; decorative, so hidden from assistive technology. */
export function Icon({ name, size, className }: { name: IconName; size?: 'small' | 'large'; className?: string }) {
  return (
    <span
      className={cx('kern-icon', `kern-icon--${name}`, size && `kern-icon--${size}`, className)}
      aria-hidden="true"
    />
  );
}
