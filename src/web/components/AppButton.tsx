import type { ReactNode } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';
import { cx } from '../lib/cx.js';
import { Icon, type IconName } from './Icon.js';

interface AppButtonProps extends Omit<ButtonProps, 'className' | 'children' | 'isPending'> {
  variant?: 'primary' | 'secondary' | 'tertiary';
  icon?: IconName;
  /** Hide the text visually on narrow screens; it stays the accessible name. */
  compactOnMobile?: boolean;
  block?: boolean;
  small?: boolean;
  className?: string;
  /**
   * While a request runs: shows a spinner and ignores further presses, but keeps focus and name
   * (the outcome — a new page, a message or an error summary — is what gets announced).
   */
  isPending?: boolean;
  children: ReactNode;
}

/** react-aria Button in KERN style. */
export function AppButton({
  variant = 'primary',
  icon,
  compactOnMobile,
  block,
  small,
  className,
  isPending,
  type,
  onPress,
  children,
  ...props
}: AppButtonProps) {
  return (
    <Button
      {...props}
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      data-pending={isPending || undefined}
      className={cx(
        'kern-btn',
        `kern-btn--${variant}`,
        block && 'kern-btn--block',
        small && 'kern-btn--x-small',
        'app-btn',
        className,
      )}
    >
      {isPending ? <span className="app-btn__spinner" aria-hidden="true" /> : icon && <Icon name={icon} />}
      <span className={cx('kern-label', compactOnMobile && 'kern-sr-only-mobile')}>{children}</span>
    </Button>
  );
}
