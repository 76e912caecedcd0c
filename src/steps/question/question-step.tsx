import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AnswerValue } from '../../engine/answers.ts';
import type { Question, Term } from '../../questionnaire/schema.ts';
import { isChoice } from '../../questionnaire/kinds.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { markCommitted, markContinue, markRendered, markValid } from '../../app/transition-timing.ts';
import { answerSchema, type AnswerForm } from './answer-schema.ts';
import { ChoiceFields } from './choice-fields.tsx';
import { fieldIds } from './field-ids.ts';
import { ProgressCaption, type Progress } from './progress-caption.tsx';
import { QuestionHelp } from './question-help.tsx';
import { ReviewNotice } from '../../components/review-notice.tsx';
import { TextField } from './text-field.tsx';
import { DownloadAssessment } from '../../components/download-assessment.tsx';

interface Props {
  question: Question;
  unknownLabel: string;
  value: AnswerValue | undefined;
  progress: Progress;
  backHref: string;
  onAnswer: (value: AnswerValue) => void;
  /** Answers to check again after opening an older file. */
  review?: string[];
  onDismissReview?: () => void;
  /** The glossary, for the definitions of the terms the question uses. */
  glossary?: readonly Term[];
}

/** One question on one page: back link, error summary, heading, fields, help, Continue. */
export function QuestionStep({ question, unknownLabel, value, progress, backHref, onAnswer, review = [], onDismissReview = () => undefined, glossary = [] }: Props) {
  const t = useStrings();
  const schema = useMemo(() => answerSchema(question, t), [question, t]);
  const empty = question.type === 'multi' ? [] : '';
  const form = useForm<AnswerForm>({
    resolver: zodResolver(schema, undefined, { mode: 'sync' }),
    defaultValues: { answer: value ?? empty },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const error = errors.answer?.message;
  const headingRef = useFocusHeading<HTMLHeadingElement>(question.id);
  usePageTitle(question.text, Boolean(error));
  useLayoutEffect(() => markCommitted(), [question.id]);
  useEffect(() => markRendered(), [question.id]);

  return (
    <>
      <BackLink href={backHref}>{t.back}</BackLink>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorSummary errors={error ? [{ fieldId: fieldIds(question.id).base, message: error }] : []} focusKey={submitCount} />
        <ReviewNotice items={review} onDismiss={onDismissReview} />
        <ProgressCaption progress={progress} />
        <form
          noValidate
          onSubmit={(event) => {
            markContinue();
            void form.handleSubmit((data) => {
              markValid();
              onAnswer(data.answer);
            })(event);
          }}
        >
          {isChoice(question) ? (
            <ChoiceFields question={question} unknownLabel={unknownLabel} control={form.control} error={error} headingRef={headingRef} />
          ) : (
            <TextField question={question} field={form.register('answer')} error={error} headingRef={headingRef} />
          )}
          <QuestionHelp question={question} glossary={glossary} />
          <button type="submit" className="button">
            {t.continue}
          </button>
        </form>
        <DownloadAssessment />
      </main>
    </>
  );
}
