import { renderPdfInNode } from './src/report/pdf-node.ts';
import { caseAnswers, realQuestionnaire } from './tests/report/acceptance.ts';
import { modelFor } from './tests/report/report-helpers.ts';
import { pageTexts, writePdf } from './tests/report/pdf-tools.ts';
const model = await modelFor(realQuestionnaire(), caseAnswers('p13-rebranded-system'));
const pages = pageTexts(writePdf('p13.pdf', await renderPdfInNode(model)));
pages.forEach((p, i) => console.log(i, JSON.stringify(p.split('\n').filter((l) => l.trim()).slice(0, 3).map((l) => l.trim().slice(0, 60)))));
