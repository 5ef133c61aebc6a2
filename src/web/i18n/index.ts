import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de.js';
import { en } from './en.js';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'strang.sprache';

export function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : 'de';
  } catch {
    return 'de';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'de';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'de',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  i18next.on('languageChanged', () => {
    document.documentElement.lang = currentLanguage();
  });
  return i18next;
}
