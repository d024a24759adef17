import { useStore } from '../store/store';
import type { Store } from '../store/types';
import { translatorFor, type Translator } from './translator';

const selectLocale = (s: Store) => s.locale;

/**
 * The translator for the language the person chose: `t(key, params)` for messages, `say(phrase)` for
 * texts from the core or the store, `number` and `percent` for figures. Re-renders on a language switch.
 */
export function useT(): Translator {
  return translatorFor(useStore(selectLocale));
}
