/**
 * The HTML report's stylesheet, inlined into the file: the PDF's colours and
 * type scale, contrast of at least 4.5:1 everywhere, and print rules giving A4
 * pages with the same sections and page breaks as the PDF.
 */
import { COLOR, TIER_COLOR } from './pdf-style.ts';

const rgb = (c: readonly [number, number, number]) => `rgb(${c.join(' ')})`;

/** The tier colour darkened for text, so it keeps 4.5:1 on the tinted box at any size (print is small). */
const darker = (c: readonly [number, number, number]) => c.map((v) => Math.round(v * 0.72)) as unknown as readonly [number, number, number];

const tiers = Object.entries(TIER_COLOR)
  .map(([tier, c]) => `.tier-${tier}{border-left-color:${rgb(c)}}.tier-${tier} .outcome-title{color:${rgb(darker(c))}}`)
  .join('');

export const HTML_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"DejaVu Sans",Verdana,"Segoe UI",system-ui,sans-serif;color:${rgb(COLOR.text)};background:#fff;line-height:1.45}
body{margin:0 auto;max-width:52rem;padding:2rem 1.25rem}
h1{font-size:2rem;margin:.2rem 0 1.5rem;line-height:1.2}
h2{font-size:1.4rem;color:${rgb(COLOR.accent)};margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid ${rgb(COLOR.rule)}}
h3{font-size:1.05rem;color:${rgb(COLOR.accent)};margin:1.75rem 0 .5rem}
.cover h2{font-size:1.05rem;border:0;margin:1.75rem 0 .5rem}
p{margin:.35rem 0}
a{color:${rgb(COLOR.accent)}}
a:focus-visible{outline:3px solid ${rgb(COLOR.accent)};outline-offset:2px}
.kicker{font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:${rgb(COLOR.accent)};margin:0}
.report-header{border-bottom:3px solid ${rgb(COLOR.accent)};margin-bottom:1rem}
.muted{color:${rgb(COLOR.muted)}}
.small{font-size:.85rem}
.cite{color:${rgb(COLOR.muted)};font-size:.9rem}
.facts{display:grid;gap:.3rem;margin:.75rem 0}
.facts div{display:grid;grid-template-columns:13rem 1fr;gap:1rem}
.facts dt{font-weight:700;font-size:.85rem;color:${rgb(COLOR.muted)}}
.facts dd{margin:0}
dd.fill,td.fill{min-height:1.6rem;border-bottom:1px solid ${rgb(COLOR.write)}}
.outcome{background:${rgb(COLOR.tint)};border-left:.5rem solid ${rgb(COLOR.accent)};padding:1rem 1.25rem;margin:1.25rem 0}
.cover .outcome h2{margin:0;font-size:.85rem;text-transform:uppercase;color:${rgb(COLOR.muted)}}
.outcome-title{font-size:1.4rem;font-weight:700;margin:.2rem 0 .5rem}
${tiers}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.9rem}
caption{text-align:left;font-weight:700;color:${rgb(COLOR.muted)};font-size:.85rem;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid ${rgb(COLOR.rule)}}
thead th{background:${rgb(COLOR.tint)};color:${rgb(COLOR.accent)};border-bottom:2px solid ${rgb(COLOR.accent)}}
tbody th{font-weight:400}
table.fill td,table.fill th{border:1px solid ${rgb(COLOR.rule)};height:2.4rem}
td ul,th ul{margin:.2rem 0;padding-left:1.1rem}
td p,th p{margin:.15rem 0}
.items,.checklist{padding-left:1.3rem}
.items li,.checklist li{margin:.5rem 0}
.checklist{list-style:none;padding-left:0}
.checklist li{padding-left:1.6rem;position:relative}
.checklist li::before{content:"";position:absolute;left:0;top:.2rem;width:.9rem;height:.9rem;border:2px solid ${rgb(COLOR.accent)}}
.write-in{margin:1rem 0}
.write-in .answer{border-left:3px solid ${rgb(COLOR.accent)};padding-left:.75rem;white-space:pre-wrap}
.write-in .lines{background:repeating-linear-gradient(to bottom,transparent 0,transparent calc(2em - 1px),${rgb(COLOR.write)} calc(2em - 1px),${rgb(COLOR.write)} 2em)}
.qa{margin:.6rem 0}
.qa dt{font-weight:700;font-size:.9rem}
.qa dd{margin:.1rem 0 0 1rem}
.contents ol{list-style:none;padding-left:0}
.contents li{margin:.3rem 0}
.contents a{display:inline-block;min-height:24px;padding:2px 0}
.report-footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid ${rgb(COLOR.rule)};color:${rgb(COLOR.muted)};font-size:.85rem;word-break:break-all}
.path{margin:1rem 0}
.path ol{list-style:none;padding:0 0 0 1.5rem;border-left:3px solid ${rgb(COLOR.accent)}}
.path li{border:1px solid ${rgb(COLOR.rule)};padding:.4rem .6rem;margin:0 0 .5rem;break-inside:avoid}
.path-q{margin:0}.path-n{font-weight:700;color:${rgb(COLOR.accent)}}
.path-a{margin:.2rem 0 0;font-weight:700}
.path-mark{margin:.3rem 0 0;color:${rgb(COLOR.accent)}}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media print{
  @page{size:A4;margin:20mm 20mm 24mm}
  html{font-size:9.5pt}
  body{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  .new-page{break-before:page}
  h2,h3,.write-label{break-after:avoid}
  tr,.outcome,.facts div,.qa,.write-in,.items li,.checklist li{break-inside:avoid}
  thead{display:table-header-group}
  .table{overflow:visible}
  p{orphans:2;widows:2}
}
`;
