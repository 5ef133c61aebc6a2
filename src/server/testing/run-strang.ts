import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/strang.js');

export interface StrangRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `strang` command line as a separate process, the way an operator would, on the embedded
 * database in `dataDir` (commands that need none get a directory they never create). The test's own
 * database settings and loader options are not passed on; a run that hangs is killed after 60 s.
 */
export function runStrang(args: string[], dataDir: string): Promise<StrangRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, STRANG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
