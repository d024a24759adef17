import type { StateCreator } from 'zustand';
import type { PresenterActions, PresenterState, Store } from './types';

/** The presenter view's switch on this device (a persisted key: see PresenterState). */
const STORAGE_KEY = 'layerlab.presenter';
const PARAM = 'presenter';

/** `?presenter=1` or `0` wins (a trainer's bookmark), else what this device remembers, else off. */
function startPresenter(search: string, remembered: string | null): boolean {
  const asked = new URLSearchParams(search).get(PARAM);
  if (asked === '1' || asked === '0') return asked === '1';
  return remembered === 'on';
}

/** Storage can be refused (private windows, blocked cookies): the view then simply is not remembered. */
function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const createPresenterSlice: StateCreator<Store, [], [], PresenterState & PresenterActions> = (set) => ({
  presenter: typeof window === 'undefined' ? false : startPresenter(window.location.search, remembered()),

  setPresenter: (on) => {
    set({ presenter: on });
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Not remembered; the switch still applies to this visit.
    }
    // A `?presenter=` in the address would win at the next reload: it follows the switch.
    const url = new URL(window.location.href);
    if (url.searchParams.has(PARAM)) {
      url.searchParams.set(PARAM, on ? '1' : '0');
      history.replaceState(history.state, '', url);
    }
  },
});
