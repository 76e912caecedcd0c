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
  /** Report details the user filled in (organisation, supplier, contract, who assessed and approved, status). */
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
  | { type: 'paragraph'; text: string; muted?: boolean; bold?: boolean; small?: boolean }
  | { type: 'subheading'; text: string }
  | { type: 'bullets'; items: Part[][] }
  | { type: 'facts'; rows: { label: string; value: string }[] }
  | { type: 'table'; columns: Column[]; rows: Part[][][]; tickBox?: boolean }
  | { type: 'checklist'; items: Part[][] }
  | { type: 'write-in'; label: string; value?: string; note?: string; lines: number }
  | { type: 'qa'; question: string; answer: string[]; muted?: boolean }
  | { type: 'contents'; heading: string };

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
  | 'disclaimer';

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
}
