import { useEffect, useLayoutEffect, useMemo, type ReactNode } from 'react';
import '../../styles/journey.css';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import type { Answers, AnswerValue } from '../../engine/answers.ts';
import type { Question, Term } from '../../questionnaire/schema.ts';
import { isChoice } from '../../questionnaire/kinds.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { markCommitted, markContinue, markRendered, markValid } from '../../app/transition-timing.ts';
import { checkAnswer, type PageForm } from './answer-schema.ts';
import { ChoiceFields } from './choice-fields.tsx';
import { fieldIds } from './field-ids.ts';
import { ProgressCaption, type Progress } from './progress-caption.tsx';
import { QuestionHelp } from './question-help.tsx';
import { ReviewNotice } from '../../components/review-notice.tsx';
import { TextField } from './text-field.tsx';
import { DownloadAssessment } from '../../components/download-assessment.tsx';

interface Props {
  /** Every question of the page, in order (those not asked are not shown). */
  questions: readonly Question[];
  /** The ids of the questions the page asks, given the answers chosen on it so far (from the engine). */
  asked: (chosen: Answers) => string[];
  /** The heading of a page of several questions: its section's title and introduction. */
  section: { title: string; intro?: string | undefined };
  unknownLabel: string;
  /** The answers given so far (prefilled). */
  values: Answers;
  progress: Progress;
  backHref: string;
  onAnswer: (answers: Answers) => void;
  /** Answers to check again after opening an older file. */
  review?: string[];
  onDismissReview?: () => void;
  /** The glossary, for the definitions of the terms the question uses. */
  glossary?: readonly Term[];
  /** The map of the journey, shown on request below the progress. */
  map?: ReactNode;
  /** Called with the answers chosen but not yet submitted, as they change. */
  onDraft?: (chosen: Answers) => void;
}

const emptyOf = (q: Question) => (q.type === 'multi' ? [] : '');

/**
 * One page of questions: back link, error summary, heading, the fields of each
 * question the page asks, help, Continue. A page of one question has the question
 * as its heading; a page of several has its section's title, and a question that
 * depends on an answer on the page appears as soon as that answer is chosen.
 */
export function QuestionStep(props: Props) {
  const { questions, asked, section, unknownLabel, values, progress, backHref, onAnswer, review = [], onDismissReview = () => undefined, glossary = [], map, onDraft } = props;
  const t = useStrings();
  const key = questions[0]!.id;
  const single = questions.length === 1;
  const chosenOf = useMemo(() => (form: PageForm): Answers => Object.fromEntries(questions.map((q) => [q.id, form[fieldIds(q.id).base] ?? emptyOf(q)])), [questions]);
  const resolver = useMemo<Resolver<PageForm>>(
    () => (form) => {
      const ids = new Set(asked(chosenOf(form)));
      const answers: Record<string, AnswerValue> = {};
      const errors: Record<string, { type: string; message: string }> = {};
      for (const q of questions) {
        if (!ids.has(q.id)) continue;
        const checked = checkAnswer(q, form[fieldIds(q.id).base], t);
        if (checked.ok) answers[q.id] = checked.value;
        else errors[fieldIds(q.id).base] = { type: 'validate', message: checked.message };
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: answers, errors: {} };
    },
    [asked, chosenOf, questions, t],
  );
  const form = useForm<PageForm>({
    resolver,
    defaultValues: Object.fromEntries(questions.map((q) => [fieldIds(q.id).base, values[q.id] ?? emptyOf(q)])),
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const chosen = chosenOf({ ...form.getValues(), ...(useWatch({ control: form.control }) as PageForm) });
  const shown = new Set(asked(chosen));
  const visible = questions.filter((q) => shown.has(q.id));
  const errorOf = (q: Question) => errors[fieldIds(q.id).base]?.message;
  const summary = visible.flatMap((q) => (errorOf(q) ? [{ fieldId: fieldIds(q.id).base, message: errorOf(q)! }] : []));
  const headingRef = useFocusHeading<HTMLHeadingElement>(key);
  usePageTitle(single ? questions[0]!.text : section.title, summary.length > 0);
  useLayoutEffect(() => markCommitted(), [key]);
  useEffect(() => markRendered(), [key]);
  const draft = JSON.stringify(chosen);
  useEffect(() => onDraft?.(JSON.parse(draft) as Answers), [draft, onDraft]);

  const fields = (q: Question, level: 1 | 2) =>
    isChoice(q) ? (
      <ChoiceFields question={q} unknownLabel={unknownLabel} control={form.control} error={errorOf(q)} level={level} headingRef={level === 1 ? headingRef : undefined} />
    ) : (
      <TextField question={q} field={form.register(fieldIds(q.id).base)} error={errorOf(q)} level={level} headingRef={level === 1 ? headingRef : undefined} />
    );

  return (
    <>
      <BackLink href={backHref}>{t.back}</BackLink>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorSummary errors={summary} focusKey={submitCount} />
        <ReviewNotice items={review} onDismiss={onDismissReview} />
        <ProgressCaption progress={progress} />
        {map}
        <form
          noValidate
          onSubmit={(event) => {
            markContinue();
            void form.handleSubmit((data) => {
              markValid();
              onAnswer(data as Answers);
            })(event);
          }}
        >
          {single ? (
            <>
              {fields(questions[0]!, 1)}
              <QuestionHelp question={questions[0]!} glossary={glossary} />
            </>
          ) : (
            <>
              <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
                {section.title}
              </h1>
              {section.intro && <p className="lead-m">{section.intro}</p>}
              {visible.map((q) => (
                <div className="page-question" key={q.id} id={`${fieldIds(q.id).base}-block`}>
                  {fields(q, 2)}
                  <QuestionHelp question={q} glossary={glossary} level={3} />
                </div>
              ))}
            </>
          )}
          <button type="submit" className="button">
            {t.continue}
          </button>
        </form>
        <DownloadAssessment />
      </main>
    </>
  );
}
