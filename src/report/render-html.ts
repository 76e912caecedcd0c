/**
 * renderHtml(model): the report as one self-contained HTML file, from the same
 * ReportModel as the PDF. No scripts, no external resources, inline CSS; a
 * banner, a contents navigation, the main content and a footer as landmarks;
 * headings in order (h1 the system, h2 the sections, h3 within them); tables
 * with a caption and th/scope; the document language on <html>. The print CSS
 * gives A4 pages with the same sections as the PDF. Pure: a string builder, no DOM.
 */
import type { Block, Part, ReportModel, ReportSection } from './report-model.ts';
import { HTML_CSS } from './html-style.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: nothing the user wrote can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped text with its line breaks kept. */
const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const sectionId = (s: ReportSection) => `section-${s.id}`;

function partHtml(p: Part): string {
  const text = p.bold ? `<strong>${lines(p.text)}</strong>` : lines(p.text);
  return p.muted ? `<span class="muted">${text}</span>` : text;
}

/** Parts as paragraphs, consecutive bulleted parts as one list. */
function partsHtml(parts: readonly Part[]): string {
  let out = '';
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) out += `<ul>${list.join('')}</ul>`;
    list = [];
  };
  for (const p of parts) {
    if (p.bullet) list.push(`<li>${partHtml(p)}</li>`);
    else {
      flush();
      out += `<p>${partHtml(p)}</p>`;
    }
  }
  flush();
  return out;
}

interface Words {
  blank: string;
}

function tableHtml(block: Extract<Block, { type: 'table' }>, words: Words): string {
  const head = block.columns.some((c) => c.header !== '');
  const cols = block.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`).join('');
  const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
  const thead = head ? `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('')}</tr></thead>` : '';
  const rows = block.rows
    .map((row) => {
      const cells = row.map((parts, i) => {
        if (i === 0) return `<th scope="row">${partsHtml(parts)}</th>`;
        if (parts.length === 0 && block.fill) return `<td class="fill"><span class="visually-hidden">${escapeHtml(words.blank)}</span></td>`;
        return `<td>${partsHtml(parts)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<div class="table"><table class="${block.fill ? 'fill' : ''}">${caption}<colgroup>${cols}</colgroup>${thead}<tbody>${rows}</tbody></table></div>`;
}

function factsHtml(block: Extract<Block, { type: 'facts' }>, words: Words): string {
  const rows = block.rows.map((r) => {
    const value = r.value.trim() === '' && block.fill ? `<dd class="fill"><span class="visually-hidden">${escapeHtml(words.blank)}</span></dd>` : `<dd>${lines(r.value)}</dd>`;
    return `<div><dt>${escapeHtml(r.label)}</dt>${value}</div>`;
  });
  return `<dl class="facts">${rows.join('')}</dl>`;
}

function blockHtml(block: Block, level: number, model: ReportModel, words: Words): string {
  switch (block.type) {
    case 'title':
      return '';
    case 'outcome':
      return `<div class="outcome tier-${escapeHtml(block.tier)}"><h${level} class="label">${escapeHtml(block.label)}</h${level}><p class="outcome-title">${escapeHtml(block.title)}</p><p>${lines(block.summary)}</p>${block.flags.map((f) => `<p><strong>${escapeHtml(f)}</strong></p>`).join('')}</div>`;
    case 'paragraph': {
      const cls = [block.muted ? 'muted' : '', block.small ? 'small' : '', block.cite ? 'cite' : ''].filter(Boolean).join(' ');
      const text = block.bold ? `<strong>${lines(block.text)}</strong>` : lines(block.text);
      return `<p${cls ? ` class="${cls}"` : ''}>${text}</p>`;
    }
    case 'subheading':
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    case 'bullets':
      return `<ul class="items">${block.items.map((parts) => `<li>${partsHtml(parts)}</li>`).join('')}</ul>`;
    case 'checklist':
      return `<ul class="checklist">${block.items.map((parts) => `<li>${partsHtml(parts)}</li>`).join('')}</ul>`;
    case 'facts':
      return factsHtml(block, words);
    case 'table':
      return tableHtml(block, words);
    case 'write-in': {
      const label = `<p class="write-label"><strong>${lines(block.label)}</strong></p>`;
      if (block.value) return `<div class="write-in">${label}<p class="answer">${lines(block.value)}</p>${block.note ? `<p class="small muted">${escapeHtml(block.note)}</p>` : ''}</div>`;
      return `<div class="write-in">${label}<div class="lines" style="height:${block.lines * 2}em"><span class="visually-hidden">${escapeHtml(words.blank)}</span></div></div>`;
    }
    case 'qa':
      return `<dl class="qa"><dt>${escapeHtml(block.question)}</dt>${block.answer.map((a) => `<dd${block.muted ? ' class="muted"' : ''}>${lines(a)}</dd>`).join('')}</dl>`;
    case 'path': {
      const steps = block.nodes.map((n) => `<li><p class="path-q"><span class="path-n">${n.number}.</span> ${escapeHtml(n.text)}</p>${n.answer ? `<p class="path-a">${escapeHtml(n.answer)}</p>` : ''}${n.mark ? `<p class="path-mark"><strong>${escapeHtml(n.mark.text)}</strong></p>` : ''}</li>`);
      return `<figure class="path"><figcaption class="small muted">${escapeHtml(block.caption)}</figcaption><ol>${steps.join('')}</ol></figure>`;
    }
    case 'contents': {
      const items = model.sections.slice(1).map((s) => `<li><a href="#${sectionId(s)}">${escapeHtml(s.title)}</a></li>`);
      return `<nav class="contents" aria-labelledby="contents-heading"><h${level} id="contents-heading">${escapeHtml(block.heading)}</h${level}><ol>${items.join('')}</ol></nav>`;
    }
  }
}

function sectionHtml(section: ReportSection, index: number, model: ReportModel, words: Words): string {
  const blocks = (level: number) => section.blocks.map((b) => blockHtml(b, level, model, words)).join('\n');
  if (index === 0) return `<section class="cover" aria-label="${escapeHtml(model.meta.title)}">\n${blocks(2)}\n</section>`;
  const id = sectionId(section);
  const cls = ['report-section', index === 1 || section.newPage ? 'new-page' : ''].filter(Boolean).join(' ');
  return `<section id="${id}" class="${cls}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(section.title)}</h2>\n${blocks(3)}\n</section>`;
}

/** The report as a complete HTML document. */
export function renderHtml(model: ReportModel): string {
  const words = { blank: model.notices.blank };
  const title = model.sections[0]?.blocks.find((b) => b.type === 'title');
  const head = title?.type === 'title' ? `<header class="report-header"><p class="kicker">${escapeHtml(title.kicker)}</p><h1>${escapeHtml(title.text)}</h1></header>` : '';
  const body = model.sections.map((s, i) => sectionHtml(s, i, model, words)).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(model.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.meta.title)}</title>
<meta name="description" content="${escapeHtml(model.meta.subject)}">
<meta name="author" content="${escapeHtml(model.meta.author)}">
<meta name="generator" content="${escapeHtml(model.meta.creator)}">
<meta name="dcterms.created" content="${escapeHtml(model.meta.created)}">
<style>${HTML_CSS}</style>
</head>
<body>
${head}
<main>
${body}
</main>
<footer class="report-footer"><p>${escapeHtml(model.footer.left)}</p><p class="small">${escapeHtml(model.footer.fingerprint)}</p></footer>
</body>
</html>
`;
}
