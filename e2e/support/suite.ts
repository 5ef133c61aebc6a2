import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, type TestPage } from './browser.js';
import { startTestServer } from './server.js';

/**
 * One real server (fresh database) and one browser per spec file. Pages opened through `open`
 * are checked at the end for console errors, CSP violations and third-party requests.
 */
export function useApp() {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });

  afterAll(async () => {
    const problems = pages.flatMap((p) => p.problems);
    await browser?.close();
    await server?.stop();
    expect(problems, 'browser problems').toEqual([]);
  });

  return {
    get url(): string {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    async open(options?: Parameters<typeof openPage>[2]): Promise<TestPage> {
      if (!server || !browser) throw new Error('server not started');
      const opened = await openPage(browser, server.url, options);
      pages.push(opened);
      return opened;
    },
  };
}
