/** The training pages' strings in the current UI language (from the strings context). */
import { trainingDe } from '../i18n/training-de.ts';
import { trainingEn, type TrainingStrings } from '../i18n/training-en.ts';
import { trainingSv } from '../i18n/training-sv.ts';
import { useStrings } from '../i18n/use-strings.ts';

const byLocale: Record<string, TrainingStrings> = { en: trainingEn, sv: trainingSv, de: trainingDe };

export function trainingStringsFor(lang: string): TrainingStrings {
  return byLocale[lang] ?? trainingEn;
}

export function useTrainingStrings(): TrainingStrings {
  return trainingStringsFor(useStrings().lang);
}
