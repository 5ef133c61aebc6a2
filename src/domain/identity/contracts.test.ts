import { describe, expect, it } from 'vitest';
import { createScopeBody, emailSchema, inviteBody, loginBody, passwordSchema, personNameSchema, userListQuery } from './contracts.js';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('contracts', () => {
  it('normalises e-mail addresses and explains a wrong one in German', () => {
    expect(emailSchema.parse('  Anna.Schmidt@Example.ORG ')).toBe('anna.schmidt@example.org');
    expect(messages(emailSchema.safeParse('keine-adresse'))).toEqual(['Bitte eine gültige E-Mail-Adresse angeben.']);
    expect(messages(emailSchema.safeParse(42))).toEqual(['Bitte eine E-Mail-Adresse angeben.']);
  });

  it('requires passwords of 10 to 200 characters', () => {
    expect(messages(passwordSchema.safeParse('kurz'))).toEqual(['Das Passwort muss mindestens 10 Zeichen lang sein.']);
    expect(messages(passwordSchema.safeParse('x'.repeat(201)))).toEqual(['Das Passwort darf höchstens 200 Zeichen lang sein.']);
    expect(passwordSchema.safeParse('x'.repeat(10)).success).toBe(true);
  });

  it('trims names and requires two characters', () => {
    expect(personNameSchema.parse('  Jo  ')).toBe('Jo');
    expect(messages(personNameSchema.safeParse(' J '))).toEqual(['Der Name muss mindestens 2 Zeichen lang sein.']);
  });

  it('gives a too long login password its own message, not "missing"', () => {
    expect(messages(loginBody.safeParse({ email: 'a@b.de', password: 'x'.repeat(201) }))).toEqual(['Das Passwort darf höchstens 200 Zeichen lang sein.']);
  });

  it('refuses unknown fields', () => {
    const result = inviteBody.safeParse({ email: 'a@b.de', name: 'Anna', scopeId: '5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40', role: 'lesend', admin: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('does not let anyone create a second platform', () => {
    expect(createScopeBody.safeParse({ type: 'plattform', name: 'Zweite', parentId: '5b1e0c1e-8d3f-4d0b-9a77-0d3c1d2e3f40' }).success).toBe(false);
  });

  it('reads paging from the query string with defaults and limits', () => {
    expect(userListQuery.parse({})).toEqual({ page: 1, pageSize: 25 });
    expect(userListQuery.parse({ page: '3', pageSize: '200' })).toMatchObject({ page: 3, pageSize: 200 });
    expect(messages(userListQuery.safeParse({ page: '0' }))).toEqual(['Seite muss mindestens 1 sein.']);
    expect(messages(userListQuery.safeParse({ pageSize: '201' }))).toEqual(['Seitengröße höchstens 200.']);
  });
});
