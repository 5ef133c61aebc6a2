import { de } from '../../i18n/de.js';
import { en } from '../../i18n/en.js';

/** Readable name of an audit action code; unknown codes are shown as they are. */
export function actionLabel(action: string, language: string | undefined): string {
  const table: Readonly<Record<string, string>> = language === 'en' ? en.auditActions : de.auditActions;
  return table[action] ?? action;
}
