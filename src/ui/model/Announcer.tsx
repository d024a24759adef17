import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/**
 * Says what an edit did ("Dropout moved to position 2 of 4") to screen-reader users, whose focus stays
 * put while the list changes around it.
 */
const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);

export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  // The same words twice in a row must still be spoken: a trailing no-break space alternates, so the
  // region's text changes every time while the live region itself stays mounted.
  const announce = useCallback((text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="builder-announcement">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}
