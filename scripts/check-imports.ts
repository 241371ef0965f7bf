/**
 * Import boundaries and cycles, checked on every test run:
 * - src/common imports nothing of server, web or cli, and no Node built-ins (it runs in the browser);
 * - src/web never imports src/server or src/cli;
 * - src/server/platform and src/server/db never import a module;
 * - a module imports another module only through its services, policy or index;
 * - no import cycles anywhere under src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' ? [] : walk(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
const files = walk(src);
const graph = new Map<string, string[]>();
const problems: string[] = [];

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const from = rel(file);
  const edges: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? '';
    const resolved = resolveImport(file, spec);
    if (from.startsWith('src/common/') && (spec.startsWith('node:') || /^(fs|path|crypto|http)$/.test(spec))) {
      problems.push(`${from}: common code must run in the browser, but imports ${spec}`);
    }
    if (!resolved) continue;
    const to = rel(resolved);
    edges.push(resolved);
    if (from.startsWith('src/common/') && !to.startsWith('src/common/'))
      problems.push(`${from} → ${to}: common imports only common`);
    if (from.startsWith('src/web/') && (to.startsWith('src/server/') || to.startsWith('src/cli/')))
      problems.push(`${from} → ${to}: web never imports server or cli`);
    if (/^src\/server\/(platform|db)\//.test(from) && to.startsWith('src/server/modules/'))
      problems.push(`${from} → ${to}: platform and db never import modules`);
    const fromModule = /^src\/server\/modules\/([^/]+)\//.exec(from)?.[1];
    const toModule = /^src\/server\/modules\/([^/]+)\/(.+)$/.exec(to);
    if (
      fromModule &&
      toModule &&
      toModule[1] !== fromModule &&
      !/(^|\/|\.)(service|policy|index)\.ts$/.test(toModule[2] ?? '')
    )
      problems.push(`${from} → ${to}: modules talk through services (service, policy or index files)`);
  }
  graph.set(file, edges);
}

// Cycle detection (iterative colouring DFS).
const state = new Map<string, 1 | 2>();
const stack: string[] = [];
function visit(node: string) {
  state.set(node, 1);
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 1) {
      const cycle = stack.slice(stack.indexOf(next)).concat(next).map(rel);
      problems.push(`import cycle: ${cycle.join(' → ')}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 2);
}
for (const file of files) if (!state.has(file)) visit(file);

if (problems.length > 0) {
  console.error(`Import boundary check failed (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Import boundaries and cycles: ${files.length} files checked, all clear.`);
