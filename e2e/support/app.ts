import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousA11yViolations, screenshot } from './browser.js';

export const admin = { name: 'Alex Admin', email: 'admin@strang.example', password: 'Sehr-geheim-2025!' };

/** Waits for the page's h1 and checks its text. */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  const heading = page.locator('h1');
  await heading.first().waitFor();
  await expect.poll(async () => heading.allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringMatching(text)]);
}

/** Every visited page: no serious or critical axe findings; optionally a screenshot for review. */
export async function checkPage(page: Page, name?: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const findings = await seriousA11yViolations(page);
  expect(findings, `axe findings on ${page.url()}`).toEqual([]);
  if (name) await screenshot(page, name);
}

export async function fillField(page: Page, label: string | RegExp, value: string): Promise<void> {
  await page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Picks an option of a react-aria Select. The trigger's accessible name is "<value> <label>",
 * so the label is matched at the end.
 */
export async function chooseOption(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('button', { name: new RegExp(`${escapeRegExp(label)}$`) }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/**
 * Types into a combobox and clicks an option until `chosen` holds. Under load the option list can
 * re-render between finding and clicking an option, and the click is lost; choosing again is what
 * a person would do.
 */
export async function chooseInCombobox(combo: Locator, typed: string, option: RegExp, chosen: () => Promise<boolean>): Promise<void> {
  const page = combo.page();
  for (let attempt = 1; ; attempt++) {
    await combo.fill(typed);
    await page.getByRole('option', { name: option }).click();
    try {
      await expect.poll(chosen, { timeout: 3000 }).toBe(true);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

export async function setupFirstAdmin(page: Page, person = admin): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/einrichtung');
  await expectHeading(page, 'Strang einrichten');
  await fillField(page, 'Ihr Name', person.name);
  await fillField(page, 'E-Mail-Adresse', person.email);
  await page.getByLabel('Passwort', { exact: true }).fill(person.password);
  await fillField(page, 'Passwort wiederholen', person.password);
  await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  await expectHeading(page, `Willkommen, ${person.name}`);
}

export async function login(page: Page, person: { email: string; password: string }): Promise<void> {
  if (!page.url().includes('/anmelden')) await page.goto('/anmelden');
  await expectHeading(page, 'Anmelden');
  await fillField(page, 'E-Mail-Adresse', person.email);
  await page.getByLabel('Passwort', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

export async function logout(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await expectHeading(page, 'Anmelden');
}

/** Opens a page through the side navigation (or the menu button on narrow screens). */
export async function navigate(page: Page, linkName: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Menü' });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: linkName, exact: true }).click();
}

/** Creates Land → Kommune through the organisational units page; returns the Kommune label. */
export async function createLandAndKommune(page: Page, land = 'Nordrhein-Westfalen', kommune = 'Köln'): Promise<string> {
  await navigate(page, 'Organisationseinheiten');
  await expectHeading(page, 'Organisationseinheiten');
  await chooseOption(page, 'Typ', 'Land');
  await fillField(page, 'Name', land);
  await chooseOption(page, 'Gehört zu', 'Gesamte Plattform');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('status').filter({ hasText: `${land} wurde angelegt` }).waitFor();

  await chooseOption(page, 'Typ', 'Kommune');
  await fillField(page, 'Name', kommune);
  await page.getByLabel(/^Kennziffer/).fill('05315000');
  await chooseOption(page, 'Gehört zu', `Land: ${land}`);
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('status').filter({ hasText: `${kommune} wurde angelegt` }).waitFor();
  return `Kommune: ${kommune}`;
}

/** Invites a person on the users page and returns the one-time link shown in the dialog. */
export async function invite(page: Page, person: { name: string; email: string }, scope: string, role: string): Promise<string> {
  await navigate(page, 'Benutzer:innen');
  await expectHeading(page, 'Benutzer:innen');
  await page.getByRole('button', { name: 'Person einladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Person einladen' });
  await dialog.waitFor();
  await dialog.getByLabel('E-Mail-Adresse').fill(person.email);
  await dialog.getByLabel('Name').fill(person.name);
  await chooseOption(dialog, 'Organisationseinheit', scope);
  await chooseOption(dialog, 'Rolle', role);
  await dialog.getByRole('button', { name: 'Einladung erstellen' }).click();
  const created = page.getByRole('dialog', { name: 'Einladung erstellt' });
  await created.waitFor();
  const link = await created.getByLabel('Einladungslink').inputValue();
  expect(link).toMatch(/\/einladung\/[^/]+$/);
  return link;
}
