/**
 * The answers files of this folder and which test owns each: obligations.test.ts checks the
 * obligations, dates and organisation types (point 8 of the legal review from 08-02 on, file names
 * 08-NN- with NN ≥ 02); results.test.ts checks the wrong results, every other file (08-01 among them).
 */
import { readdirSync } from 'node:fs';

const dir = import.meta.dirname;

export const answersFiles = (): string[] =>
  readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();

export const isObligationsCase = (file: string): boolean => /^08-(0[2-9]|[1-9]\d)-/.test(file);
