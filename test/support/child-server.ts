import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.js';

const cli = path.join(repoRoot, 'bin/atrium.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const childEnv = (dataDir: string, port = 0) => ({
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  // A first start imports ESCO; the small fixture keeps it to seconds (the full set is the bench's job).
  ESCO_DIR: path.join(repoRoot, 'test/fixtures/esco-mini'),
});

/** `atrium serve` as a real process; resolves once /readyz answers (bounded). */
export async function startServer(dataDir: string, readyWithinMs = 180_000) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = childEnv(dataDir, port);
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`server not ready within ${readyWithinMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base, output: () => output };
}

export function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Runs an `atrium` CLI command to completion. */
export async function runCli(dataDir: string, args: string[]) {
  const env: NodeJS.ProcessEnv = childEnv(dataDir);
  delete env.DATABASE_URL;
  return promisify(execFile)(process.execPath, [cli, ...args], { env, cwd: repoRoot });
}
