/** Every English text table of the core, and the English of a phrase built from them (see text.ts). */
import { READ_ERROR_TEXTS, READ_NOTE_TEXTS, REASON_TEXTS } from './csv/texts';
import { CHECK_TEXTS, DATA_ERROR_TEXTS, TARGET_TEXTS } from './dataset/texts';
import { DIAGRAM_TEXTS, LAYER_TEXTS, MODEL_CHECK_TEXTS, MODEL_FILE_TEXTS } from './model/texts';
import { PROJECT_READ_TEXTS } from './project/texts';
import { FAILURE_TEXTS } from './training/failureTexts';
import { TRAINING_TEXTS } from './training/texts';
import { fillTemplate, type Phrase } from './text';

export const CORE_TEXTS = { ...REASON_TEXTS, ...TARGET_TEXTS, ...CHECK_TEXTS, ...LAYER_TEXTS, ...MODEL_CHECK_TEXTS, ...DIAGRAM_TEXTS, ...TRAINING_TEXTS, ...READ_ERROR_TEXTS, ...READ_NOTE_TEXTS, ...DATA_ERROR_TEXTS, ...FAILURE_TEXTS, ...MODEL_FILE_TEXTS, ...PROJECT_READ_TEXTS } as const;
export type CoreTextId = keyof typeof CORE_TEXTS;
export type CorePhrase = Phrase<CoreTextId>;

const templates: Readonly<Record<string, string>> = CORE_TEXTS;

/** The English of a core phrase, for the worker's errors, the files it writes and the tests. */
export function english(text: Phrase): string {
  return fillTemplate(templates[text.id] ?? text.id, text.params, 'en', english);
}
