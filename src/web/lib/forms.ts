import type { ZodError } from 'zod';
import type { Problem } from '../../domain/shared/problem.js';

export type FieldErrors = Record<string, string>;

/** First message per top-level field of a failed zod parse. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    if (!(field in out)) out[field] = issue.message;
  }
  return out;
}

/** Field names from the server may be paths such as "body.email" or "/email". */
export function problemFieldErrors(problem: Problem | null): FieldErrors {
  const out: FieldErrors = {};
  for (const entry of problem?.errors ?? []) {
    const field = entry.field.split(/[./]/).filter(Boolean).pop() ?? '_form';
    if (!(field in out)) out[field] = entry.message;
  }
  return out;
}

/** Fields that must not be empty, with the message to show when they are. */
export function missingFields(values: Record<string, unknown>, messages: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(messages)) {
    const value = values[field];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      out[field] = message;
    }
  }
  return out;
}

interface ValidateOptions {
  /** Field → message when it is empty (checked before the schema). */
  required?: Record<string, string>;
  /** Further client-side findings, e.g. a password repetition that does not match. */
  extra?: FieldErrors;
  /** Order of the fields on screen; the error summary follows it. */
  order: readonly string[];
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Client-side check with the shared zod contract, before anything is sent. */
export function validate<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  input: object,
  { required = {}, extra = {}, order }: ValidateOptions,
): Validation<T> {
  const found: FieldErrors = { ...missingFields(input as Record<string, unknown>, required) };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const [field, message] of Object.entries(zodFieldErrors(parsed.error))) {
      if (!(field in found)) found[field] = message;
    }
  }
  for (const [field, message] of Object.entries(extra)) {
    if (!(field in found)) found[field] = message;
  }
  if (parsed.success && Object.keys(found).length === 0) return { ok: true, data: parsed.data };
  const ordered: FieldErrors = {};
  for (const field of order) if (found[field]) ordered[field] = found[field];
  for (const [field, message] of Object.entries(found)) if (!(field in ordered)) ordered[field] = message;
  return { ok: false, errors: ordered };
}

/** Error for the "repeat password" field, if any. */
export function repeatError(password: string, repeat: string, messages: { missing: string; mismatch: string }): FieldErrors {
  if (!repeat) return { passwordRepeat: messages.missing };
  if (password !== repeat) return { passwordRepeat: messages.mismatch };
  return {};
}
