/** Page geometry, type sizes and colours of the PDF report (millimetres and points). */
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 20, bottom: 24 } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const FONT = 'DejaVuSans';

export const SIZE = { title: 22, h1: 15, h2: 11, outcome: 15, body: 9.5, table: 8.5, small: 8, footer: 7.5, tiny: 6.5 } as const;
export const LINE = 1.35;
/** Millimetres per point. */
export const PT = 25.4 / 72;

type Rgb = readonly [number, number, number];
export const COLOR = {
  text: [28, 31, 36],
  muted: [92, 98, 108],
  accent: [22, 58, 110],
  rule: [196, 202, 210],
  tint: [240, 243, 248],
  write: [170, 176, 186],
} as const satisfies Record<string, Rgb>;

/** The colour of the band beside the headline result, by tier. */
export const TIER_COLOR: Record<string, Rgb> = {
  unacceptable: [176, 32, 40],
  high: [196, 98, 16],
  'gpai-model': [40, 90, 160],
  limited: [40, 90, 160],
  minimal: [36, 120, 70],
  'out-of-scope': [110, 116, 126],
  'not-ai-system': [110, 116, 126],
};

/** Height of one line of text at a size, in millimetres. */
export const lineHeight = (size: number, factor = LINE) => size * PT * factor;
