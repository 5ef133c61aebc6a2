import { useCallback, useMemo, useState } from 'react';
import { isApiError } from './api.js';
import { errorMessage, errorRequestId, translateFieldMessage } from './errors.js';
import { problemFieldErrors, type FieldErrors } from './forms.js';

export interface FormErrors {
  fields: FieldErrors;
  /** A message not tied to one field (wrong password, network down …). */
  form: string | null;
  requestId: string | null;
  /** Counts failed submits, so the summary can take focus each time. */
  attempt: number;
}

const empty: FormErrors = { fields: {}, form: null, requestId: null, attempt: 0 };

function translated(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, translateFieldMessage(message)]));
}

/** Error state of one form: client-side checks and server problems end up in the same place. */
export function useFormErrors() {
  const [state, setState] = useState<FormErrors>(empty);

  const showFieldErrors = useCallback((fields: FieldErrors) => {
    setState((previous) => ({ fields: translated(fields), form: null, requestId: null, attempt: previous.attempt + 1 }));
  }, []);

  const showServerError = useCallback((error: unknown) => {
    const fields = isApiError(error) ? problemFieldErrors(error.problem) : {};
    const hasFields = Object.keys(fields).length > 0;
    setState((previous) => ({
      fields: translated(fields),
      form: hasFields ? null : errorMessage(error),
      requestId: errorRequestId(error),
      attempt: previous.attempt + 1,
    }));
  }, []);

  const clear = useCallback(() => setState((previous) => ({ ...empty, attempt: previous.attempt })), []);

  return useMemo(
    () => ({
      ...state,
      hasErrors: state.form !== null || Object.keys(state.fields).length > 0,
      showFieldErrors,
      showServerError,
      clear,
    }),
    [state, showFieldErrors, showServerError, clear],
  );
}

export type FormErrorsApi = ReturnType<typeof useFormErrors>;
