// @vitest-environment node
/**
 * The production build (issue point 11): jsPDF's optional html2canvas, canvg and
 * dompurify are neither built nor precached, the precache stays small, and the
 * report fonts come from the project's own subset files (dejavu-fonts-ttf is a
 * build-time tool only). Prints the precache total.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFonts } from '../../src/report/pdf-node.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'build-output-'));
const modules: string[] = [];
const recorder: Plugin = {
  name: 'record-modules',
  generateBundle(_options, bundle) {
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue;
      modules.push(...item.moduleIds);
      for (const id of item.moduleIds) chunkOf.set(id, item.fileName);
      staticImports.set(item.fileName, item.imports);
      if (item.isEntry) entries.push(item.fileName);
    }
  },
};

const chunkOf = new Map<string, string>();
const staticImports = new Map<string, string[]>();
const entries: string[] = [];
const swedishFile = (id: string) => chunkOf.get(id) ?? 'none';
let precache: { file: string; bytes: number; gzip: number }[] = [];

beforeAll(async () => {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ root, mode: 'production', configFile: join(root, 'vite.config.ts'), logLevel: 'error', plugins: [recorder], build: { outDir, emptyOutDir: true } }).finally(() => (process.env.NODE_ENV = env));
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const files = JSON.parse(/const FILES = (.*);/.exec(sw)![1]!) as string[];
  precache = files.map((f) => {
    const bytes = readFileSync(join(outDir, f === './' ? 'index.html' : f.slice(2)));
    return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const sum = (key: 'bytes' | 'gzip') => precache.reduce((s, f) => s + f[key], 0);
  console.log(`precache: ${precache.length} files, ${kib(sum('bytes'))} (${kib(sum('gzip'))} gzip-compressed, as served)`);
}, 180_000);

describe('the production build', () => {
  it('builds none of html2canvas, canvg and dompurify', () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter((id) => /[\\/]node_modules[\\/](html2canvas|canvg|dompurify|core-js|stackblur-canvas|rgbcolor)[\\/]/.test(id))).toEqual([]);
    expect(modules.some((id) => /[\\/]node_modules[\\/]jspdf[\\/]/.test(id))).toBe(true);
  });

  it('keeps the precache under 700 KiB as served, with the app, its pages and the PDF report in it', () => {
    const total = precache.reduce((s, f) => s + f.gzip, 0);
    expect(total).toBeLessThanOrEqual(700 * 1024);
    const names = precache.map((f) => f.file);
    for (const part of ['./', 'question-page', 'result-page', 'saved-page', 'render-pdf', 'dejavu-sans-bold']) expect(names.some((n) => n.includes(part)), part).toBe(true);
    expect(names.filter((n) => /html2canvas|purify|canvg/.test(n))).toEqual([]);
    for (const f of precache) expect(statSync(join(outDir, f.file === './' ? 'index.html' : f.file.slice(2))).isFile()).toBe(true);
  });

  it('leaves the other languages to be cached when first used, and its worker waits for the old pages', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    const swedish = modules.find((id) => id.includes('virtual:questionnaire/eu-ai-act/sv/lean'));
    expect(swedish).toBeDefined();
    expect(sw).not.toContain(swedishFile(swedish!));
    // The new worker never takes over at install: only when a lone page asks for it.
    expect(/addEventListener\('install'[\s\S]*?\n\}\);/.exec(sw)![0]).not.toMatch(/skipWaiting/);
    expect(sw).toMatch(/'activate-if-alone'/);
  });

  it('has dejavu-fonts-ttf as a build-time tool only; Node reads the built subset fonts', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies['dejavu-fonts-ttf']).toBeUndefined();
    expect(pkg.devDependencies['dejavu-fonts-ttf']).toBeDefined();
    const fonts = nodeFonts();
    expect(fonts.regular.length).toBeGreaterThan(100_000);
    expect([...fonts.bold.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('draws the start page without the questionnaire, the machine, zod, the file parser or report details, within 120 KB gzip', () => {
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const next of staticImports.get(file) ?? []) visit(next);
    };
    entries.forEach(visit);
    const onStart = modules.filter((id) => files.has(chunkOf.get(id) ?? ''));
    const late = [/virtual:questionnaire\/eu-ai-act/, /[\\/]node_modules[\\/](zod|xstate)[\\/]/, /src[\\/]storage[\\/](file-format|report-details|saved-assessments)\.ts$/, /src[\\/]machine[\\/]wizard-machine\.ts$/, /src[\\/]engine[\\/]/];
    expect(onStart.filter((id) => late.some((pattern) => pattern.test(id)))).toEqual([]);
    const gzip = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(outDir, f))).length, 0);
    expect(gzip).toBeLessThanOrEqual(120 * 1024);
  });
});
