#!/usr/bin/env node
// Runs the TypeScript sources directly; no separate server build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
