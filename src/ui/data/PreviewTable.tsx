import { PREVIEW_COLUMNS } from '../../core/csv/storeAssembler';
import { useT } from '../../i18n/useT';
import type { DatasetSummary } from '../../worker/protocol';
import { TYPE_WORDS } from './formatStats';

/** The first rows and columns as the file has them (long cells cut by the worker); rendered as text, never as HTML. */
export function PreviewTable({ dataset }: { dataset: DatasetSummary }) {
  const { t } = useT();
  const profiles = dataset.profiles.slice(0, PREVIEW_COLUMNS);
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={t('preview.label')}>
      <table className="preview" data-testid="data-preview" translate="no">
        <thead>
          <tr>
            {profiles.map((profile) => (
              <th key={profile.name} scope="col">
                {profile.name}
                <span className={`type type-${profile.type}`} translate="yes">
                  {t(TYPE_WORDS[profile.type])}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.preview.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {dataset.profiles.length > PREVIEW_COLUMNS && <p className="data-note">{t('preview.more', { shown: PREVIEW_COLUMNS, total: dataset.profiles.length })}</p>}
    </div>
  );
}
