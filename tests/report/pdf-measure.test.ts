// @vitest-environment node
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addReportFonts } from '../../src/report/pdf-fonts.ts';
import { measureOnce } from '../../src/report/pdf-measure.ts';
import { nodeFonts } from '../../src/report/pdf-node.ts';
import { FONT } from '../../src/report/pdf-style.ts';

function doc(): jsPDF {
  const d = new jsPDF({ unit: 'mm', format: 'a4' });
  addReportFonts(d, nodeFonts(), FONT);
  return d;
}

const TEXTS: (string | string[])[] = [
  '',
  ' ',
  'Article 26(1): deployers of high-risk AI systems shall take appropriate technical and organisational measures.',
  'Bilaga III punkt 5 b – kreditvärdighetsbedömning, åäö ÅÄÖ “citat” och ‹mer›',
  'Grundrechte-Folgenabschätzung für Hochrisiko-KI-Systeme gemäß Artikel 27',
  'zażółć gęślą jaźń, ελληνικά κείμενα, Кириллица',
  'a'.repeat(400),
  `short ${'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(6)} tail`,
  'two  spaces   and trailing ',
  'first paragraph\nsecond paragraph\r\nthird\n\nafter a blank line',
  [],
  [''],
  ['', ''],
  ['one line', 'another line that is rather longer than the narrowest column can hold'],
];

describe('measuring text once per document', () => {
  it('wraps every text into the same lines as jsPDF, in both weights, at every size and width', () => {
    const own = doc();
    const kept = doc();
    measureOnce(kept);
    for (const bold of [false, true]) {
      for (const size of [6.5, 8.5, 9.5, 15, 22]) {
        for (const d of [own, kept]) {
          d.setFont(FONT, bold ? 'bold' : 'normal');
          d.setFontSize(size);
        }
        for (const width of [9.4, 30, 72.33, 170]) {
          // Twice, so the second answer comes from what was kept.
          for (let round = 0; round < 2; round++) {
            for (const text of TEXTS) {
              const label = `${bold ? 'bold' : 'regular'} ${size} pt, ${width} mm: ${JSON.stringify(text).slice(0, 40)}`;
              // jsPDF's types say string, but it also takes an array of lines, as the report passes.
              const input = text as string;
              expect(kept.splitTextToSize(input, width), label).toEqual(own.splitTextToSize(input, width));
              expect(kept.splitTextToSize(input, width, { fontSize: size + 1 }), label).toEqual(own.splitTextToSize(input, width, { fontSize: size + 1 }));
              if (typeof text === 'string') expect(kept.getTextWidth(text), label).toBe(own.getTextWidth(text));
            }
          }
        }
      }
    }
  });

  it('gives each caller its own array of lines, so changing one changes no later answer', () => {
    const d = doc();
    measureOnce(d);
    const first = d.splitTextToSize('a text long enough to need more than one line at this width', 30) as string[];
    const lines = [...first];
    first.splice(0, first.length);
    expect(d.splitTextToSize('a text long enough to need more than one line at this width', 30)).toEqual(lines);
    expect(lines.length).toBeGreaterThan(1);
  });
});
