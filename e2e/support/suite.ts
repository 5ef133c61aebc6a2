import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Db } from '../../src/server/core/db.js';
import { launchBrowser, openPage, type TestPage } from './browser.js';
import { startServerWith, type TestServer } from './server.js';

export interface AppOptions<T> {
  /** Time for starting server and browser (and `afterStart`); the configured hook timeout when left out. */
  timeout?: number;
  /** Runs once the server listens, e.g. to enter data through its HTTP API. */
  afterStart?: (server: TestServer<T>) => Promise<unknown>;
}

/**
 * One real server (fresh database, filled by `prepare` before it listens) and one browser per spec
 * file. Pages opened through `open` are checked at the end for console errors, CSP violations and
 * third-party requests.
 */
export function useAppWith<T>(prepare: (db: Db) => Promise<T>, options: AppOptions<T> = {}) {
  let server: TestServer<T> | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServerWith(prepare), launchBrowser()]);
    await options.afterStart?.(server);
  }, options.timeout);

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
    get world(): T {
      if (!server) throw new Error('server not started');
      return server.world;
    },
    async open(options?: Parameters<typeof openPage>[2]): Promise<TestPage> {
      if (!server || !browser) throw new Error('server not started');
      const opened = await openPage(browser, server.url, options);
      pages.push(opened);
      return opened;
    },
  };
}

/** useAppWith on an empty database: the first visitor sets the platform up. */
export function useApp() {
  return useAppWith(async () => undefined);
}
