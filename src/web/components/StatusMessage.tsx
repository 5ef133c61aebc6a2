import { Alert, type AlertVariant } from './Alert.js';

/**
 * A confirmation after an action. The live region is always in the page, so the message is
 * announced when it appears.
 */
export function StatusMessage({ message, variant = 'success' }: { message: string | null; variant?: AlertVariant }) {
  return (
    <div role="status" className="app-status">
      {message && <Alert variant={variant} title={message} />}
    </div>
  );
}
