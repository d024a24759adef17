import type { StateCreator } from 'zustand';
import { startLocale } from '../i18n/locales';
import type { LocaleActions, LocaleState, Store } from './types';

/** The person's language choice on this device (a persisted key: see LocaleState). */
const STORAGE_KEY = 'layerlab.locale';

/** Storage can be refused (private windows, blocked cookies): the app then simply forgets the choice. */
function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialLocale(): LocaleState['locale'] {
  if (typeof window === 'undefined') return 'en';
  return startLocale(window.location.search, remembered(), navigator.languages ?? [navigator.language]);
}

export const createLocaleSlice: StateCreator<Store, [], [], LocaleState & LocaleActions> = (set) => ({
  locale: initialLocale(),

  setLocale: (locale) => {
    set({ locale });
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered; the switch still applies to this visit.
    }
    // A `?lang=` in the address would win over the choice at the next reload: it follows the choice.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', locale);
      history.replaceState(history.state, '', url);
    }
  },
});
