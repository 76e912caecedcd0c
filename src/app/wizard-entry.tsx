/**
 * The wizard itself, loaded when it is first needed (see start-shell.tsx): the
 * questionnaire in the chosen language, the machine with the work saved on this
 * device restored, and the app that draws its pages.
 */
import type { ReactElement } from 'react';
import type { Locale } from '../i18n/catalogue.ts';
import { bootWizard } from './boot.ts';
import { englishBundle, loadLocaleBundle } from './locale-bundle.ts';
import { LocalisedApp } from './localised-app.tsx';
import { importFile } from './use-import-file.ts';
import type { WizardActor } from './wizard-context.ts';

export interface OpenedWizard {
  actor: WizardActor;
  app: ReactElement;
  /** Opens a chosen file in the wizard, as its own file input does. */
  openFile: (file: File) => void;
}

/** The wizard at the page in the address; English if the chosen language cannot be loaded. */
export async function openWizard(locale: Locale, hash: string): Promise<OpenedWizard> {
  const bundle = locale === 'en' ? englishBundle : await loadLocaleBundle(locale).catch(() => englishBundle);
  document.documentElement.lang = bundle.strings.lang;
  const actor = bootWizard(bundle.questionnaire, hash);
  return { actor, app: <LocalisedApp actor={actor} bundle={bundle} />, openFile: (file) => importFile(actor, bundle.strings, file) };
}
