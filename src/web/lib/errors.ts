import i18next from 'i18next';
import { translateContractMessage } from '../i18n/contract-messages.js';
import { isApiError } from './api.js';

function language(): string {
  return i18next.resolvedLanguage ?? 'de';
}

/** A German (or English) sentence for any error thrown by the API client. */
export function errorMessage(error: unknown): string {
  const t = i18next.t;
  if (!isApiError(error)) return t('errors.unknown');
  if (error.status === 0) return t('errors.network');
  if (error.status >= 500) return t('errors.server');
  switch (error.code) {
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'account_inactive':
      return t('errors.accountInactive');
    case 'too_many_attempts': {
      const seconds = error.retryAfterSeconds;
      if (!seconds) return t('errors.tooManyAttemptsLater');
      return t('errors.tooManyAttempts', { count: Math.max(1, Math.ceil(seconds / 60)) });
    }
    case 'conflict':
      return t('errors.conflict');
    default:
      break;
  }
  const detail = error.problem?.detail;
  if (detail) {
    const translated = translateContractMessage(detail, language());
    if (translated !== detail || language().startsWith('de')) return translated;
  }
  if (error.status === 403) return t('errors.forbidden');
  // A specific conflict (code other than `conflict`) without an English text: the general sentence.
  if (error.status === 409) return t('errors.conflict');
  return detail ?? t('errors.unknown');
}

/** The reference number is only worth showing when something went wrong on the server. */
export function errorRequestId(error: unknown): string | null {
  if (!isApiError(error) || error.status < 500) return null;
  return error.problem?.requestId ?? null;
}

export function translateFieldMessage(message: string): string {
  return translateContractMessage(message, language());
}
