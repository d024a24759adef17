import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { formatBytes } from './formatStats';
import { useSourceName } from './useSourceName';

/** While a file is read: how far, in bytes and rows, with a Cancel button. The page stays usable meanwhile. */
export function LoadProgress() {
  const { t } = useT();
  const loading = useStore((s) => s.loading);
  const progress = useStore((s) => s.loadProgress);
  const cancel = useStore((s) => s.cancelLoad);
  const what = useSourceName(loading) ?? '';
  if (!loading) return null;
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : null;
  return (
    <div className="load-progress" role="status" data-testid="load-progress" data-bytes-read={progress?.bytesRead ?? 0} data-rows={progress?.rows ?? 0}>
      <p>
        {progress
          ? t('data.readingProgress', { what, read: formatBytes(progress.bytesRead), total: formatBytes(progress.totalBytes), rows: progress.rows })
          : t('data.readingStart', { what })}
      </p>
      <progress max={1} value={share ?? undefined} aria-label={t('data.readingLabel', { what })} />
      <button type="button" className="small" data-testid="cancel-load-button" onClick={cancel}>
        {t('data.cancel')}
      </button>
    </div>
  );
}
