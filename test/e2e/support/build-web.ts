import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const built = path.join(root, 'dist/web/index.html');

function newestIn(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestIn(path.join(target, name))));
}

/** Builds the browser apps when dist/web is missing or older than their sources. */
export default function setup() {
  const sources = ['src/web', 'src/common', 'locales', 'index.html', 'vite.config.ts'].map((p) => path.join(root, p));
  const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestIn));
  if (stale) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
