import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/** The one place every user-facing error appears (`error-message`, role="alert"), in the person's language. */
export function ErrorAlert() {
  const { t, say } = useT();
  const error = useStore((s) => s.error);
  const dismiss = useStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error" role="alert" data-testid="error-message">
      <p>{say(error)}</p>
      <button type="button" className="link" onClick={dismiss} aria-label={t('error.dismissLabel')}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
