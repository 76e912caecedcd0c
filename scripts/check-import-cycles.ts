/**
 * Fails when modules under src/ import each other in a circle. Run by `npm run lint`.
 * Follows relative imports, static and dynamic; `import type` is erased at run time and is not followed.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
};
walk(root);

const resolveImport = (from: string, spec: string): string | null => {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
};

const graph = new Map<string, string[]>();
for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(/^\s*(?:import|export) type\b[^;]*;/gm, '');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  graph.set(file, specs.map((s) => resolveImport(file, s.replace(/\?.*$/, ''))).filter((x): x is string => x !== null));
}

const state = new Map<string, 'active' | 'done'>();
const cycles: string[][] = [];
const visit = (file: string, stack: string[]) => {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'active') {
    cycles.push([...stack.slice(stack.indexOf(file)), file]);
    return;
  }
  state.set(file, 'active');
  for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
  state.set(file, 'done');
};
for (const file of files) visit(file, []);

if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}`);
  process.exit(1);
}
console.log(`no import cycles in ${files.length} modules`);
