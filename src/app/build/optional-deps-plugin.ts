/**
 * Build plugin: jsPDF imports html2canvas, canvg and dompurify on demand for its
 * HTML and SVG features, which the report never uses (it draws text and tables).
 * Left alone they are built and precached as 15% of the app. Here each of those
 * imports from jsPDF becomes a tiny module that fails with a clear message if
 * anything ever calls it.
 */
import type { Plugin } from 'vite';

export const OPTIONAL_PDF_DEPS = ['html2canvas', 'canvg', 'dompurify'] as const;
const STUB = '\0unused-pdf-feature';

const stub = `const message = ${JSON.stringify(`${OPTIONAL_PDF_DEPS.join(', ')} are not part of this build: the report does not use jsPDF's HTML or SVG rendering`)};
function unavailable() { throw new Error(message); }
export default new Proxy(unavailable, { get(target, key) { if (key === 'then' || typeof key === 'symbol') return undefined; return unavailable(); } });
`;

export function optionalDepsPlugin(): Plugin {
  return {
    name: 'leave-out-optional-pdf-deps',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!(OPTIONAL_PDF_DEPS as readonly string[]).includes(id)) return null;
      if (!importer || !/[\\/]node_modules[\\/]jspdf[\\/]/.test(importer)) return null;
      return STUB;
    },
    load(id) {
      return id === STUB ? stub : null;
    },
  };
}
