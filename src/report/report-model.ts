/**
 * The report as plain data: what the PDF shows, in order, with every text
 * already chosen. Built by buildReport() from the Assessment, drawn by
 * renderPdf(). Tests read it without a PDF.
 */
import type { Answers } from '../engine/answers.ts';
import type { ReportDetails } from '../storage/report-details.ts';

export interface ReportContext {
  answers: Answers;
  /** ISO date-time of the report. */
  generatedAt: string;
  /** SHA-256 of the answers that count (see storage/assessment-fingerprint.ts). */
  fingerprint: string;
  locale: string;
  /** Who assessed the system, for which contract, and its status (the file's `details`). */
  details?: ReportDetails;
}

/** A run of text inside a table cell or list item; parts after the first start on a new line. */
export interface Part {
  text: string;
  bold?: boolean;
  muted?: boolean;
  /** A list item: drawn with a bullet and a hanging indent. */
  bullet?: boolean;
}

export interface Column {
  header: string;
  /** Share of the text width, 0–1; a tick-box column is drawn narrow whatever this says. */
  width: number;
}

export type Block =
  | { type: 'title'; kicker: string; text: string }
  | { type: 'outcome'; label: string; title: string; summary: string; tier: string; flags: string[] }
  /** `keepWithNext`: never the last thing on a page; `cite`: a line of citations, never alone at the top of a page. */
  | { type: 'paragraph'; text: string; muted?: boolean; bold?: boolean; small?: boolean; keepWithNext?: boolean; cite?: boolean }
  | { type: 'subheading'; text: string }
  | { type: 'bullets'; items: Part[][] }
  /** Label and value rows; with `fill`, a row with an empty value is a line to fill in. */
  | { type: 'facts'; rows: { label: string; value: string }[]; fill?: boolean }
  /** With `fill`, the empty cells are spaces to write in (drawn tall). `caption` names the table for screen readers. */
  | { type: 'table'; columns: Column[]; rows: Part[][][]; tickBox?: boolean; fill?: boolean; caption?: string }
  | { type: 'checklist'; items: Part[][] }
  | { type: 'write-in'; label: string; value?: string; note?: string; lines: number }
  | { type: 'qa'; question: string; answer: string[]; muted?: boolean }
  | { type: 'contents'; heading: string }
  /** The decision path: the questions asked, in order, with the answers, and where the outcome was decided. */
  | { type: 'path'; caption: string; nodes: PathStep[] };

export interface PathStep {
  number: number;
  text: string;
  answer: string | null;
  /** Where the outcome was decided or the questions ended. */
  mark: { kind: 'decided' | 'stopped'; text: string } | null;
}

export type SectionId =
  | 'cover'
  | 'summary'
  | 'why'
  | 'obligations'
  | 'fria'
  | 'documentation'
  | 'transparency-gpai'
  | 'good-practice'
  | 'open-questions'
  | 'answers'
  | 'disclaimer'
  | 'tender-annex'
  | 'registration';

export interface ReportSection {
  id: SectionId;
  /** Numbered heading, e.g. "3. Why this result" (the cover has none). */
  title: string;
  blocks: Block[];
  /** Start on a new page. */
  newPage?: boolean;
}

export interface ReportModel {
  fileName: string;
  locale: string;
  /** PDF document properties. */
  meta: { title: string; subject: string; author: string; keywords: string; creator: string; created: string };
  sections: ReportSection[];
  footer: { left: string; fingerprint: string; page: string };
  /** Words a renderer adds when it must: `unprintable` (with {chars}) where its font lacks characters; `blank` read out for a space to fill in. */
  notices: { unprintable: string; blank: string };
}
