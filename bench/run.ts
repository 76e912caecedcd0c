/**
 * `npm run bench`: the engine, report and wizard figures. The report and wizard
 * parts read the production build, so run `npm run build` first (done here if missing).
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { benchEngine } from './engine.ts';
import benchReport, { benchReportShipped } from './report.ts';
import { benchUi } from './ui.ts';
import { benchReportInBrowser } from './report-browser.ts';
import { benchPages } from './pages.ts';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });

await benchEngine();
benchPages();
await benchReport();
await benchReportShipped();
await benchUi();
await benchReportInBrowser();
