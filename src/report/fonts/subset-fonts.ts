/**
 * Makes the report fonts: DejaVu Sans and DejaVu Sans Bold (from the
 * dejavu-fonts-ttf package) cut down to FONT_RANGES. The full fonts are 757 KB
 * and 706 KB; the subsets are what the browser fetches on "Download PDF" and
 * what jsPDF embeds. Run after upgrading dejavu-fonts-ttf or changing the ranges:
 *
 *   npx tsx src/report/fonts/subset-fonts.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FONT_RANGES } from './font-ranges.ts';

const require = createRequire(import.meta.url);
const FONTS = { 'DejaVuSans.ttf': 'dejavu-sans.ttf', 'DejaVuSans-Bold.ttf': 'dejavu-sans-bold.ttf' } as const;

let text = '';
for (const [from, to] of FONT_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

for (const [source, target] of Object.entries(FONTS)) {
  const full = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${source}`));
  const subset = await subsetFont(full, text, { targetFormat: 'truetype' });
  writeFileSync(new URL(`./${target}`, import.meta.url), subset);
  console.log(`${target}: ${full.length} → ${subset.length} bytes`);
}
