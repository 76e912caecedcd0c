/** The supplier round trip's pages: the buyer's request, the supplier's pages, the buyer's check of a reply. */
import { normaliseTextAnswer } from '../../storage/single-line.ts';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSelector } from '@xstate/react';
import { optionLabels, type Answers } from '../../engine/answers.ts';
import { compareReply } from '../../engine/compare-answers.ts';
import { supplierQuestions, supplierRoute } from '../../engine/supplier-journey.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { supplierBefore, supplierNext } from '../../machine/supplier-navigation.ts';
import { stepToHash } from '../../machine/step-hash.ts';
import type { Exchange } from '../../machine/types.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { QuestionStep } from '../../steps/question/question-step.tsx';
import { CompareStep } from '../../steps/supplier/compare-step.tsx';
import { RequestStep, type WorkState } from '../../steps/supplier/request-step.tsx';
import { SupplierOverviewStep } from '../../steps/supplier/supplier-overview-step.tsx';
import { SupplierReplyStep } from '../../steps/supplier/supplier-reply-step.tsx';
import { downloadText, fileNameFor } from '../../storage/download-file.ts';
import { serializeSupplierReply } from '../../storage/supplier-reply.ts';
import { serializeSupplierRequest } from '../../storage/supplier-request.ts';
import { NotYet } from '../../components/not-yet.tsx';
import { Importer, useImportErrors } from '../importer.tsx';
import { progressOf, reportField } from '../selectors.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { useWizard } from '../wizard-context.ts';
import { ProcurementExports } from './procurement-exports.tsx';

const rowsOf = (q: Questionnaire, answers: Answers, ids: readonly string[], href: (id: string) => string) =>
  ids.map((id) => {
    const question = q.questions.find((x) => x.id === id)!;
    return { questionId: id, question: question.text, answer: optionLabels(question, answers[id]!, q.unknownLabel), changeHref: href(id) };
  });

export function RequestPage() {
  const actor = useWizard();
  const t = useStrings();
  const { questionnaire: q, work } = useSelector(actor, (s) => s.context);
  const errors = useImportErrors(t);
  const [state, setState] = useState<WorkState>('idle');
  const asked = useMemo(() => supplierQuestions(q, work.answers), [q, work.answers]);
  const questions = asked
    .filter((s) => s.onRoute)
    .map((s) => {
      const question = q.questions.find((x) => x.id === s.id)!;
      const value = work.answers[s.id];
      return { id: s.id, question: question.text, reason: s.reason, answer: value === undefined ? t.check.notAnswered : optionLabels(question, value, q.unknownLabel).join(', ') };
    });
  const name = reportField(q, work.answers, 'system-name') ?? 'assessment';
  return (
    <RequestStep
      questions={questions}
      more={asked.length - questions.length}
      organisation={reportField(q, work.answers, 'organisation') ?? ''}
      requestState={state}
      errors={errors}
      importer={<Importer />}
      exports={<ProcurementExports />}
      onDownload={(input) => {
        setState('working');
        serializeSupplierRequest(q, work.id, work.answers, input, actor.getSnapshot().context.newId()).then(
          (text) => {
            downloadText(fileNameFor(`${name} supplier request`), text);
            setState('done');
          },
          () => setState('failed'),
        );
      }}
    />
  );
}

type Supplier = Extract<Exchange, { mode: 'supplier' }>;

export function SupplierPage() {
  const actor = useWizard();
  const { questionnaire: q, exchange } = useSelector(actor, (s) => s.context);
  const full = useCompleteQuestionnaire(q).questionnaire;
  const [downloaded, setDownloaded] = useState(false);
  if (exchange.mode !== 'supplier') return null;
  const x: Supplier = exchange;
  const r = supplierRoute(q, x.buyer, x.request.questions, x.answers);
  const go = (page: string) => actor.send({ type: 'nav', step: { kind: 'supplier', page } });
  const hashOf = (page: string) => stepToHash({ kind: 'supplier', page });
  if (x.page === 'overview') {
    // The questions on the buyer's route now; the supplier's answers may open or close a few more.
    const count = supplierQuestions(q, x.buyer).filter((s) => s.onRoute && x.request.questions.includes(s.id)).length;
    return (
      <SupplierOverviewStep
        organisation={x.request.organisation}
        reference={x.request.reference}
        message={x.request.message}
        count={r.current === null && r.steps.length === 0 ? 0 : count}
        context={rowsOf(q, x.buyer, Object.keys(x.buyer), () => '')}
        onStart={() => go(supplierNext(q, x))}
        onClose={() => actor.send({ type: 'exchange.close' })}
      />
    );
  }
  if (x.page === 'reply') {
    return (
      <SupplierReplyStep
        rows={rowsOf(q, r.relevant, r.steps, hashOf)}
        backHref={hashOf(supplierBefore(q, x, 'reply'))}
        downloaded={downloaded}
        onDownload={(supplier) => {
          const name = reportField(q, x.buyer, 'system-name') ?? 'assessment';
          downloadText(fileNameFor(`${name} supplier reply`), serializeSupplierReply(q, x.request, r.relevant, supplier));
          setDownloaded(true);
        }}
      />
    );
  }
  const question = q.questions.find((item) => item.id === x.page)!;
  const section = q.sections.find((item) => item.id === question.section)!;
  return (
    <QuestionStep
      key={x.page}
      questions={[question]}
      asked={() => [question.id]}
      section={{ title: section.title, intro: section.intro }}
      unknownLabel={q.unknownLabel}
      glossary={full?.glossary ?? []}
      values={x.answers}
      progress={progressOf(q, { ...x.buyer, ...x.answers }, x.page)}
      backHref={hashOf(supplierBefore(q, x, x.page))}
      onAnswer={(answers) => {
        const value = answers[x.page];
        if (value !== undefined) flushSync(() => actor.send({ type: 'supplier.answer', questionId: x.page, value: normaliseTextAnswer(question.type, value) }));
      }}
    />
  );
}

export function ComparePage() {
  const actor = useWizard();
  const { questionnaire: lean } = useSelector(actor, (s) => s.context);
  const { questionnaire: full, failed } = useCompleteQuestionnaire(lean);
  return full ? <Compare q={full} /> : <NotYet failed={failed} />;
}

function Compare({ q }: { q: Questionnaire }) {
  const actor = useWizard();
  const t = useStrings();
  const { work, exchange } = useSelector(actor, (s) => s.context);
  const supplier = exchange.mode === 'compare' ? exchange.answers : null;
  const comparison = useMemo(() => (supplier ? compareReply(q, work.answers, supplier) : null), [q, work.answers, supplier]);
  if (exchange.mode !== 'compare' || !comparison || !supplier) return null;
  return (
    <CompareStep
      supplier={exchange.reply.supplier}
      date={formatDate(exchange.reply.date, t.lang)}
      comparison={comparison}
      onSelection={(ids) => compareReply(q, work.answers, supplier, ids)}
      onAccept={(questionIds) => actor.send({ type: 'reply.accept', questionIds })}
      onCancel={() => actor.send({ type: 'exchange.close' })}
    />
  );
}
