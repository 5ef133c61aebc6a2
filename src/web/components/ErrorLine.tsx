import { Icon } from './Icon.js';

/** An error line for native fields (react-aria's FieldError needs a react-aria field). */
export function ErrorLine({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="kern-error app-error-line">
      <Icon name="danger" />
      <span className="kern-body">{error}</span>
    </p>
  );
}
