/**
 * English versions of the German messages that the shared contracts (and therefore the server)
 * produce. Unknown messages stay German, which is the language of record.
 */
const englishByGerman: Readonly<Record<string, string>> = {
  'Bitte das bisherige Passwort angeben.': 'Please enter your current password.',
  'Bitte ein Passwort angeben.': 'Please enter a password.',
  'Bitte eine E-Mail-Adresse angeben.': 'Please enter an e-mail address.',
  'Bitte eine gültige E-Mail-Adresse angeben.': 'Please enter a valid e-mail address.',
  'Bitte einen Namen angeben.': 'Please enter a name.',
  'Das Passwort darf höchstens 200 Zeichen lang sein.': 'The password must be at most 200 characters long.',
  'Das Passwort muss mindestens 10 Zeichen lang sein.': 'The password must be at least 10 characters long.',
  'Der Name darf höchstens 120 Zeichen lang sein.': 'The name must be at most 120 characters long.',
  'Der Name darf höchstens 200 Zeichen lang sein.': 'The name must be at most 200 characters long.',
  'Der Name muss mindestens 2 Zeichen lang sein.': 'The name must be at least 2 characters long.',
  'Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).': 'The e-mail address is too long (at most 254 characters).',
  'Die Kennziffer darf höchstens 40 Zeichen lang sein.': 'The code must be at most 40 characters long.',
  'Sprache muss „de“ oder „en“ sein.': 'Language must be “de” or “en”.',
  'Ungültige Kennung.': 'Invalid identifier.',
  'Versionsangabe fehlt.': 'Version is missing.',
  'Die Versionsangabe muss eine ganze Zahl sein.': 'The version must be a whole number.',
  'Seitengröße mindestens 1.': 'Page size at least 1.',
  'Seitengröße muss eine ganze Zahl sein.': 'Page size must be a whole number.',
  'Seite muss eine ganze Zahl sein.': 'Page must be a whole number.',
};

export function translateContractMessage(message: string, language: string): string {
  if (language.startsWith('de')) return message;
  return englishByGerman[message] ?? message;
}
