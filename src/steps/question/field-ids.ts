/** Stable element ids for a question's fields, used by labels, hints and the error summary. */
export const fieldIds = (questionId: string) => {
  const base = `q-${questionId.replace(/[^a-z0-9-]/gi, '-')}`;
  return {
    base,
    hint: `${base}-hint`,
    error: `${base}-error`,
    option: (value: string) => `${base}-${value.replace(/[^a-z0-9-]/gi, '-')}`,
    text: `${base}-input`,
  };
};
