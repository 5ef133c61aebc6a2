import { isApiError } from '../../../lib/api.js';
import { problemFieldErrors, type FieldErrors } from '../../../lib/forms.js';
import type { FormErrorsApi } from '../../../lib/useFormErrors.js';
import { actionMessage, isConflict } from '../parts.js';

/**
 * A failed change of a case. A stale version reloads the case and gives back the server's message
 * (the person's input stays in the form); field errors go to their fields, anything else to the summary.
 */
export function showFallProblem(errors: FormErrorsApi, error: unknown, reload: () => unknown): string | null {
  if (isConflict(error)) {
    void reload();
    errors.clear();
    return actionMessage(error);
  }
  const fields: FieldErrors = isApiError(error) ? problemFieldErrors(error.problem) : {};
  if (Object.keys(fields).length > 0) errors.showFieldErrors(fields);
  else errors.showServerError(error);
  return null;
}
