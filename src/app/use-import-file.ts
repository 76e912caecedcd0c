/**
 * Reads a chosen file and hands the machine the parsed result; the machine decides what happens.
 * A supplier request opens the supplier's pages; a supplier's reply opens the comparison with the
 * open assessment. A refused file changes nothing and says why.
 */
import { decodeFileBytes } from '../storage/file-text.ts';
import { useCallback } from 'react';
import type { Strings } from '../i18n/catalogue.ts';
import { useStrings } from '../i18n/use-strings.ts';
import { parseFile } from '../storage/file-format.ts';
import { parseSupplierReply } from '../storage/supplier-reply.ts';
import { fileKind, parseSupplierRequest, type ExchangeFailure } from '../storage/supplier-request.ts';
import type { WizardActor } from './wizard-context.ts';
import { useWizard } from './wizard-context.ts';

function refused(t: Strings, kind: 'request' | 'reply', failure: ExchangeFailure) {
  return { ok: false as const, errors: [t.exchange.problems[failure.problem](t.exchange.kinds[kind]), ...failure.errors] };
}

async function openText(actor: WizardActor, t: Strings, name: string, text: string, bytes: Uint8Array): Promise<void> {
  const { questionnaire, work } = actor.getSnapshot().context;
  const kind = fileKind(text);
  if (kind === 'request') {
    const result = await parseSupplierRequest(text, questionnaire);
    if (result.ok) actor.send({ type: 'supplier.open', request: result.request, buyer: result.answers });
    else actor.send({ type: 'import.parsed', fileName: name, result: refused(t, kind, result) });
  } else if (kind === 'reply') {
    const result = await parseSupplierReply(text, questionnaire, work);
    if (result.ok) actor.send({ type: 'reply.open', reply: result.reply, answers: result.answers });
    else actor.send({ type: 'import.parsed', fileName: name, result: refused(t, kind, result) });
  } else {
    actor.send({ type: 'import.parsed', fileName: name, result: parseFile(bytes, questionnaire) });
  }
}

/** Reads a chosen file into the wizard (see the top of this file). */
export function importFile(actor: WizardActor, t: Strings, file: File): void {
  // Bytes, not file.text(): that would read UTF-16 and Windows-1252 files as UTF-8 with "�" in them.
  file.arrayBuffer().then(
    (buffer) => {
      const decoded = decodeFileBytes(new Uint8Array(buffer));
      if (!decoded.ok) actor.send({ type: 'import.parsed', fileName: file.name, result: { ok: false, errors: [decoded.error] } });
      else void openText(actor, t, file.name, decoded.text, new Uint8Array(buffer));
    },
    () => actor.send({ type: 'import.parsed', fileName: file.name, result: { ok: false, errors: [t.importFile.unreadable] } }),
  );
}

export function useImportFile(): (file: File) => void {
  const actor = useWizard();
  const t = useStrings();
  return useCallback((file: File) => importFile(actor, t, file), [actor, t]);
}
