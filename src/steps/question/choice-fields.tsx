import type { Ref } from 'react';
import { useController, type Control } from 'react-hook-form';
import { UNKNOWN } from '../../engine/answers.ts';
import type { ChoiceQuestion } from '../../questionnaire/schema.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { FieldError } from '../../components/ui/field-error.tsx';
import { tickOption, type PageForm } from './answer-schema.ts';
import { fieldIds } from './field-ids.ts';
import { UnknownAdvice } from './unknown-advice.tsx';

interface Props {
  question: ChoiceQuestion;
  /** The questionnaire's label for "I don't know" (in the questionnaire's language). */
  unknownLabel: string;
  control: Control<PageForm>;
  error: string | undefined;
  /** The page heading (h1) on a page of one question, a question heading (h2) on a page of several. */
  level: 1 | 2;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Radios (single) or checkboxes (multi), the question text as the legend; "I don't know" shows at once what to find out. */
export function ChoiceFields({ question, unknownLabel, control, error, level, headingRef }: Props) {
  const t = useStrings();
  const ids = fieldIds(question.id);
  const { field } = useController({ control, name: ids.base });
  const multi = question.type === 'multi';
  const selected = Array.isArray(field.value) ? field.value : field.value ? [field.value] : [];
  const options = question.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }));
  const unknown = question.unknown ? { value: UNKNOWN, label: question.unknown.label ?? unknownLabel, hint: undefined } : null;
  const describedBy = [question.hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined;

  const item = (o: { value: string; label: string; hint: string | undefined }, first: boolean) => {
    const id = first ? ids.base : ids.option(o.value);
    const hintId = `${id}-hint`;
    return (
      <div className={multi ? 'checkboxes__item' : 'radios__item'} key={o.value}>
        <input
          className={multi ? 'checkboxes__input' : 'radios__input'}
          type={multi ? 'checkbox' : 'radio'}
          id={id}
          name={field.name}
          value={o.value}
          checked={selected.includes(o.value)}
          ref={first ? field.ref : undefined}
          onBlur={field.onBlur}
          onChange={(e) => field.onChange(multi ? tickOption(question, selected, o.value, e.target.checked) : o.value)}
          aria-describedby={o.hint ? hintId : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label className="choice__label" htmlFor={id}>
          {o.label}
        </label>
        {o.hint && (
          <div className="hint choice__hint" id={hintId}>
            {o.hint}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`} data-question={question.id}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={`fieldset__legend${level === 2 ? ' fieldset__legend--m' : ''}`}>
          {level === 1 ? (
            <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
              {question.text}
            </h1>
          ) : (
            <h2 className="heading-m">{question.text}</h2>
          )}
        </legend>
        {question.hint && (
          <div className="hint" id={ids.hint}>
            {question.hint}
          </div>
        )}
        <FieldError id={ids.error} message={error} />
        <div className={multi ? 'checkboxes' : 'radios'}>
          {options.map((o, i) => item(o, i === 0))}
          {unknown && (
            <>
              <div className="choice__divider">{t.question.or}</div>
              {item(unknown, false)}
            </>
          )}
        </div>
        {question.unknown && selected.includes(UNKNOWN) && <UnknownAdvice id={ids.option('advice')} unknown={question.unknown} />}
      </fieldset>
    </div>
  );
}
