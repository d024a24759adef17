import { useDeferredValue, useMemo, useState } from 'react';
import { choiceFor } from '../../core/dataset/plan';
import { useT } from '../../i18n/useT';
import { useDataset } from '../../store/hooks';
import { useStore } from '../../store/store';
import { ColumnRow } from './ColumnRow';

/** Columns shown at once: a 5,000-column file stays as quick to show as a 10-column one. */
const PAGE_SIZE = 25;

/** Every column with its type, gaps, spread and chart; paged and searchable for wide files. */
export function ColumnPanel() {
  const { t } = useT();
  const dataset = useDataset();
  const target = useStore((s) => s.target);
  const plan = useStore((s) => s.dataPlan);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const query = useDeferredValue(search.trim().toLowerCase());
  const profiles = useMemo(() => (dataset?.profiles ?? []).filter((p) => query === '' || p.name.toLowerCase().includes(query)), [dataset, query]);
  if (!dataset) return null;
  const pages = Math.max(1, Math.ceil(profiles.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = profiles.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <details className="column-panel" open data-testid="column-panel">
      <summary>{t('columns.summary')}</summary>
      {dataset.profiles.length > PAGE_SIZE && (
        <div className="row panel-tools">
          <label className="field">
            <span>{t('columns.find')}</span>
            <input type="search" value={search} data-testid="column-search" onChange={(event) => setSearch(event.target.value)} />
          </label>
          <div className="pager" role="group" aria-label={t('columns.pages')}>
            <button type="button" className="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t('columns.previous')}
            </button>
            <span>{t('columns.range', { from: current * PAGE_SIZE + 1, to: Math.min(profiles.length, (current + 1) * PAGE_SIZE), total: profiles.length })}</span>
            <button type="button" className="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t('columns.next')}
            </button>
          </div>
        </div>
      )}
      <div className="table-scroll">
        <table className="columns">
          <thead>
            <tr>
              <th scope="col">{t('columns.column')}</th>
              <th scope="col">{t('columns.usedAs')}</th>
              <th scope="col">{t('columns.missing')}</th>
              <th scope="col">{t('columns.distinct')}</th>
              <th scope="col">{t('columns.values')}</th>
              <th scope="col">{t('columns.distribution')}</th>
              <th scope="col" aria-label={t('columns.preparation')} />
            </tr>
          </thead>
          <tbody>
            {shown.map((profile) => (
              <ColumnRow key={profile.name} profile={profile} choice={choiceFor(plan, profile.name)} isTarget={profile.name === target} rowCount={dataset.rowCount} />
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
