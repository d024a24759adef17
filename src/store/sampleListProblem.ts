import type { Phrase } from '../core/text';
import { phraseFor, translatePhrase } from '../i18n/translate';

/** The list of samples did not load: said in the person's language (see failureText in bridge.ts). */
export class SampleListProblem extends Error {
  readonly text: Phrase;

  constructor(status: number) {
    // The status is a code, written as it is (404, never "404.0" or grouped).
    const text = phraseFor('fault.sampleList', { status: String(status) });
    super(translatePhrase('en', text));
    this.name = 'SampleListProblem';
    this.text = text;
  }
}
