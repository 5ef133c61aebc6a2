/** The contracts' own wording for empty fields (zod reports "too short" for an empty string). */
export const requiredMessages = {
  email: 'Bitte eine E-Mail-Adresse angeben.',
  password: 'Bitte ein Passwort angeben.',
  name: 'Bitte einen Namen angeben.',
  currentPassword: 'Bitte das bisherige Passwort angeben.',
} as const;
