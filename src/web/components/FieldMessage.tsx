import { FieldError } from 'react-aria-components';
import { Icon } from './Icon.js';

/** KERN error line under a field; react-aria links it to the field via aria-describedby. */
export function FieldMessage({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <FieldError className="kern-error">
      <Icon name="danger" />
      <span className="kern-body">{error}</span>
    </FieldError>
  );
}
