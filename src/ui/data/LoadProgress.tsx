import { useStore } from '../../store/store';
import { formatBytes } from './formatStats';

/** While a file is read: how far, in bytes and rows, with a Cancel button. The page stays usable meanwhile. */
export function LoadProgress() {
  const loading = useStore((s) => s.loading);
  const progress = useStore((s) => s.loadProgress);
  const cancel = useStore((s) => s.cancelLoad);
  if (!loading) return null;
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : null;
  return (
    <div className="load-progress" role="status" data-testid="load-progress" data-bytes-read={progress?.bytesRead ?? 0} data-rows={progress?.rows ?? 0}>
      <p>
        Reading {loading}
        {progress ? `: ${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}, ${progress.rows.toLocaleString('en')} rows so far` : '…'}
      </p>
      <progress max={1} value={share ?? undefined} aria-label={`Reading ${loading}`} />
      <button type="button" className="small" data-testid="cancel-load-button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
