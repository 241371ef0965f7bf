import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = path.resolve(import.meta.dirname, '..');

export type Served = { port: number; stop: () => Promise<void> };

/** Starts `bench/server.ts <mode>` in a child process and waits for its port. */
export function serve(mode: string, env: Record<string, string> = {}, execArgv: string[] = []): Promise<Served> {
  const args = [...execArgv, '--import', 'tsx', path.join(root, 'bench/server.ts'), mode];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /READY (\d+)/.exec(chunk.toString());
      if (!match) return;
      clearTimeout(timer);
      resolve({
        port: Number(match[1]),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

export async function load(
  url: string,
  options: { headers?: Record<string, string>; seconds: number; connections: number },
) {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  } satisfies LoadResult;
}

/** A fresh PostgreSQL database for a benchmark run; null when no server answers. */
export async function freshPostgres(name: string): Promise<string | null> {
  const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('atrium_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] as string;
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

export function printTable(title: string, rows: { name: string; r: LoadResult; ratio: number }[]) {
  console.log(`\n${title}`);
  console.log(
    `${pad('scenario', 34)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'vs bare'.padStart(9)} ${'errors'.padStart(9)}`,
  );
  for (const { name, r, ratio } of rows) {
    console.log(
      `${pad(name, 34)} ${num(r.requestsPerSecond)} ${num(r.p50, 1)} ${num(r.p99, 1)} ${num(ratio, 2)} ${num(r.errors + r.non2xx)}`,
    );
  }
}
