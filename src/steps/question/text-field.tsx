import type { Ref } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TextQuestion } from '../../questionnaire/schema.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { FieldError } from '../../components/ui/field-error.tsx';
import { fieldIds } from './field-ids.ts';

interface Props {
  question: TextQuestion;
  field: UseFormRegisterReturn<string>;
  error: string | undefined;
  /** The page heading (h1) on a page of one question, a plain label on a page of several. */
  level: 1 | 2;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A text box or text area, its label as the page heading or as a question's label. */
export function TextField({ question, field, error, level, headingRef }: Props) {
  const t = useStrings();
  const ids = fieldIds(question.id);
  const max = question.maxLength ?? (question.type === 'text' ? 200 : 5000);
  const describedBy = [ids.hint, error ? ids.error : ''].filter(Boolean).join(' ');
  const common = {
    id: ids.base,
    className: `input${error ? ' input--error' : ''}`,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    maxLength: max,
    spellCheck: true,
    ...field,
  };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`} data-question={question.id}>
      {level === 1 ? (
        <h1 className="label-wrapper" tabIndex={-1} ref={headingRef}>
          <label className="heading-l" htmlFor={ids.base}>
            {question.text}
          </label>
        </h1>
      ) : (
        <h2 className="label-wrapper">
          <label className="label label--m" htmlFor={ids.base}>
            {question.text}
          </label>
        </h2>
      )}
      <div className="hint" id={ids.hint}>
        {question.hint && <span>{question.hint} </span>}
        <span>{question.optional ? `${t.question.optional} ` : ''}{t.question.charactersLeft(max)}</span>
      </div>
      <FieldError id={ids.error} message={error} />
      {question.type === 'longtext' ? <textarea rows={6} {...common} /> : <input type="text" autoComplete="off" {...common} />}
    </div>
  );
}
