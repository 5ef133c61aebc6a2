import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '../../domain/shared/problem.js';

export interface FieldError {
  field: string;
  message: string;
}

/** A failure the user can act on: stable code, HTTP status, German message. */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly errors?: FieldError[],
    public readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} wurde nicht gefunden.`);
export const forbidden = () => new AppError(403, 'forbidden', 'Sie haben keine Berechtigung für diese Aktion.');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Bitte melden Sie sich an.');
export const conflict = (message = 'Die Daten wurden inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und wiederholen Sie Ihre Änderung.') =>
  new AppError(409, 'conflict', message);
export const invalid = (field: string, message: string, code = 'validation_failed') =>
  new AppError(400, code, message, [{ field, message }]);

const titles: Record<number, string> = {
  400: 'Ungültige Anfrage',
  401: 'Nicht angemeldet',
  403: 'Keine Berechtigung',
  404: 'Nicht gefunden',
  405: 'Methode nicht erlaubt',
  409: 'Konflikt',
  413: 'Anfrage zu groß',
  415: 'Format nicht unterstützt',
  429: 'Zu viele Anfragen',
  500: 'Interner Fehler',
};

export function problem(status: number, code: string, detail: string, requestId?: string, errors?: FieldError[]): Problem {
  return {
    type: `https://strang.invalid/probleme/${code}`,
    title: titles[status] ?? 'Fehler',
    status,
    code,
    detail,
    ...(errors?.length ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

function fieldName(path: readonly PropertyKey[], context: string): string {
  return path.length ? path.map(String).join('.') : context;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isDatabaseError = (e: unknown): e is Record<string, unknown> =>
  typeof e === 'object' && e !== null && 'severity' in e && typeof (e as { code?: unknown }).code === 'string';

/**
 * Database errors carry the bound values and quote them in their messages (e-mail addresses, names):
 * log the statement and the database's codes only, nothing personal.
 */
function loggable(err: FastifyError): object {
  const query = (err as { query?: unknown }).query;
  const cause = (err as { cause?: unknown }).cause;
  const db = isDatabaseError(err) ? err : isDatabaseError(cause) ? cause : undefined;
  if (typeof query !== 'string' && !db) return err;
  return {
    type: err.name,
    message: 'database error',
    query: typeof query === 'string' ? query : undefined,
    code: db?.code,
    constraint: db?.constraint,
    table: db?.table,
    column: db?.column,
    routine: db?.routine,
  };
}

/** Map Fastify's own error codes to German problems; anything unknown is a 500 without internals. */
function fromFastifyError(err: FastifyError): { status: number; code: string; detail: string } | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'malformed_json', detail: 'Der Inhalt der Anfrage ist kein gültiges JSON.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body_too_large', detail: 'Die Anfrage ist zu groß.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', detail: 'Dieses Datenformat wird nicht unterstützt. Bitte JSON senden.' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'invalid_content_length', detail: 'Die Längenangabe der Anfrage stimmt nicht.' };
    default:
      if (err.statusCode === 429) return { status: 429, code: 'too_many_requests', detail: 'Zu viele Anfragen. Bitte warten Sie kurz.' };
      return undefined;
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    reply.type('application/problem+json');
    // Something other than an Error was thrown (a string, null …): nothing below may inspect it.
    if (typeof err !== 'object' || err === null) {
      req.log.error({ thrown: typeof err }, 'unhandled non-error value thrown');
      return reply.code(500).send(problem(500, 'internal_error', 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.', req.id));
    }
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(err.status).send(problem(err.status, err.code, err.message, req.id, err.errors));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = err.validationContext ?? 'body';
      const input = { body: req.body, params: req.params, querystring: req.query, headers: req.headers }[context];
      // Each item carries the zod issue's code as keyword, its path as instancePath and the rest of it as params.
      const errors = err.validation.map((v) => {
        const path = v.instancePath.split('/').slice(1).filter(Boolean);
        if (v.keyword === 'unrecognized_keys') {
          const keys = ((v.params.keys as string[] | undefined) ?? []).map((k) => [...path, k].join('.'));
          return { field: keys.join(','), message: `Unbekannte Felder: ${keys.join(', ')}.` };
        }
        const field = fieldName(path, context);
        // A missing enum value fails as invalid_value; say "fehlt" for both.
        const missing = (v.keyword === 'invalid_type' || v.keyword === 'invalid_value') && valueAt(input, path) === undefined;
        const message = !missing ? (v.message ?? 'Ungültiger Wert.') : path.length ? `Das Feld „${field}“ fehlt.` : 'Der Inhalt der Anfrage fehlt.';
        return { field, message };
      });
      const first = errors[0];
      const detail = first ? `Eingabe ungültig bei „${first.field}“: ${first.message}` : 'Die Eingabe ist ungültig.';
      return reply.code(400).send(problem(400, 'validation_failed', detail, req.id, errors));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: { message: err.message, issues: err.cause.issues } }, 'response does not match its schema');
      return reply.code(500).send(problem(500, 'internal_error', 'Ein interner Fehler ist aufgetreten.', req.id));
    }
    const known = fromFastifyError(err);
    if (known) return reply.code(known.status).send(problem(known.status, known.code, known.detail, req.id));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send(problem(err.statusCode, 'bad_request', 'Die Anfrage ist ungültig.', req.id));
    }
    req.log.error({ err: loggable(err) }, 'unhandled error');
    return reply.code(500).send(problem(500, 'internal_error', 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.', req.id));
  });

}
