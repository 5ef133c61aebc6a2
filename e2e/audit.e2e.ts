import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { admin, checkPage, chooseOption, expectHeading, navigate, setupFirstAdmin } from './support/app.js';
import { useApp } from './support/suite.js';

/** Creates Länder through the API (as the logged-in page), to fill more than one audit page. */
async function createLaender(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const scopes = (await (await fetch('/api/scopes')).json()) as { items: Array<{ id: string; type: string }> };
    const root = scopes.items.find((s) => s.type === 'plattform');
    if (!root) throw new Error('no platform scope');
    for (let i = 1; i <= n; i += 1) {
      const response = await fetch('/api/scopes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ type: 'land', name: `Testland ${i}`, code: null, parentId: root.id }),
      });
      if (response.status !== 201) throw new Error(`scope ${i}: ${response.status}`);
    }
  }, count);
}

describe('audit log', () => {
  const app = useApp();
  let page: Page;

  it('lists the entries of the setup', async () => {
    ({ page } = await app.open());
    await setupFirstAdmin(page);
    await navigate(page, 'Protokoll');
    await expectHeading(page, 'Protokoll');
    const table = page.getByRole('region', { name: 'Protokolleinträge' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await table.innerText()).toContain(admin.name);
    await checkPage(page, 'audit');
  });

  it('pages through more than 25 entries', async () => {
    await createLaender(page, 26);
    await page.reload();
    await expectHeading(page, 'Protokoll');
    const table = page.getByRole('region', { name: 'Protokolleinträge' });
    await expect.poll(() => table.getByRole('row').count()).toBe(26);
    await page.getByText(/Einträge 1–25 von \d+/).waitFor();
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.waitForURL(/seite=2/);
    await page.getByText(/Einträge 26–\d+ von \d+/).waitFor();
    await page.getByRole('link', { name: 'Vorherige Seite' }).waitFor();
  });

  it('filters by area and shows the changes of an entry', async () => {
    await chooseOption(page, 'Bereich', 'Organisationseinheit');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/bereich=scope/);
    const table = page.getByRole('region', { name: 'Protokolleinträge' });
    await expect.poll(() => table.getByRole('row').count()).toBe(26);
    const rows = (await table.getByRole('row').allInnerTexts()).slice(1);
    for (const row of rows) expect(row).toContain('Organisationseinheit angelegt');
    await table.locator('summary').first().click();
    await table.locator('.app-changes').first().getByText('Testland 26').waitFor();
    await checkPage(page, 'audit-filtered');
  });

  it('filters by person', async () => {
    const table = page.getByRole('region', { name: 'Protokolleinträge' });
    await table.getByRole('link', { name: admin.name }).first().click();
    await page.waitForURL(/person=/);
    await page.getByText(`Gefiltert nach Person: ${admin.name}`).waitFor();
    await page.getByRole('link', { name: 'Filter nach Person aufheben' }).click();
    await page.waitForURL((url) => !url.search.includes('person='));
  });
});
