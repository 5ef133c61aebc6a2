import { isApiError } from '../../lib/api.js';
import type { FieldErrors } from '../../lib/forms.js';
import type { FormErrorsApi } from '../../lib/useFormErrors.js';
import { actionMessage, isConflict } from './parts.js';

/** The path of each server problem without "body": "body.kontext.3.antwort" → ["kontext", "3", "antwort"]. */
export function problemPaths(error: unknown): { path: string[]; message: string }[] {
  if (!isApiError(error) || !error.problem?.errors?.length) return [];
  return error.problem.errors.flatMap((entry) =>
    entry.field.split(',').map((field) => ({ path: field.split(/[./]/).filter((part) => part && part !== 'body'), message: entry.message })),
  );
}

/** Field errors by the first part of their path (or a key the caller derives from the whole path). */
export function problemFieldsBy(error: unknown, keyOf: (path: string[]) => string = (path) => path[0] ?? '_form'): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of problemPaths(error)) {
    const key = keyOf(path);
    if (!(key in out)) out[key] = message;
  }
  return out;
}

/**
 * A failed save. A stale version reloads (the mutation does) and gives back the server's sentence,
 * the person's input stays in the form; field errors go to their fields, anything else to the summary.
 */
export function showSaveProblem(errors: FormErrorsApi, error: unknown, keyOf?: (path: string[]) => string): string | null {
  if (isConflict(error)) {
    errors.clear();
    return actionMessage(error);
  }
  const fields = problemFieldsBy(error, keyOf);
  if (Object.keys(fields).length > 0) errors.showFieldErrors(fields);
  else errors.showServerError(error);
  return null;
}
