import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/**
 * A part of the page a workshop link may lock: a disabled fieldset disables every control inside it at
 * once (inputs, selects, buttons), so nothing in a locked step can be changed, with a note saying why.
 */
export function Lockable({ locked, children, testId }: { locked: boolean; children: ReactNode; testId: string }) {
  const { t } = useT();
  return (
    <fieldset className="locked-step" disabled={locked} data-testid={testId} data-locked={locked}>
      {locked && <p className="locked-note">{t('project.locked')}</p>}
      {children}
    </fieldset>
  );
}
