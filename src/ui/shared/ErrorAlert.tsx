import { useStore } from '../../store/store';

/** The one place every user-facing error appears (`error-message`, role="alert"). */
export function ErrorAlert() {
  const error = useStore((s) => s.error);
  const dismiss = useStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error" role="alert" data-testid="error-message">
      <p>{error}</p>
      <button type="button" className="link" onClick={dismiss} aria-label="Dismiss this message">
        Dismiss
      </button>
    </div>
  );
}
