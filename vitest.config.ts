import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at a time (the default leaves one of two cores idle): each integration file has
    // its own fresh database, and many wait on child processes, sockets or the PostgreSQL server.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
