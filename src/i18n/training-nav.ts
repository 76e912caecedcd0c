/**
 * The header's links to the training pages, in each UI language. Kept apart from
 * training-en/sv/de.ts because the header is on the start page, which must stay small.
 */
const nav = {
  en: { label: 'Training', examples: 'Worked examples', quiz: 'Quiz', glossary: 'Glossary', path: 'Decision path' },
  sv: { label: 'Utbildning', examples: 'Genomarbetade exempel', quiz: 'Quiz', glossary: 'Ordlista', path: 'Beslutsvägen' },
  de: { label: 'Schulung', examples: 'Fallbeispiele', quiz: 'Quiz', glossary: 'Glossar', path: 'Entscheidungsweg' },
};

export type TrainingNavStrings = (typeof nav)['en'];

export function trainingNavFor(lang: string): TrainingNavStrings {
  return lang === 'sv' || lang === 'de' ? nav[lang] : nav.en;
}
