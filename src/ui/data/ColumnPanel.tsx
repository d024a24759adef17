import { useDeferredValue, useMemo, useState } from 'react';
import { choiceFor } from '../../core/dataset/plan';
import { useDataset } from '../../store/hooks';
import { useStore } from '../../store/store';
import { ColumnRow } from './ColumnRow';

/** Columns shown at once: a 5,000-column file stays as quick to show as a 10-column one. */
const PAGE_SIZE = 25;

/** Every column with its type, gaps, spread and chart; paged and searchable for wide files. */
export function ColumnPanel() {
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
      <summary>Columns: types, gaps and values</summary>
      {dataset.profiles.length > PAGE_SIZE && (
        <div className="row panel-tools">
          <label className="field">
            <span>Find a column</span>
            <input type="search" value={search} data-testid="column-search" onChange={(event) => setSearch(event.target.value)} />
          </label>
          <div className="pager" role="group" aria-label="Pages of columns">
            <button type="button" className="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous
            </button>
            <span>
              Columns {(current * PAGE_SIZE + 1).toLocaleString('en')}–{Math.min(profiles.length, (current + 1) * PAGE_SIZE).toLocaleString('en')} of {profiles.length.toLocaleString('en')}
            </span>
            <button type="button" className="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next
            </button>
          </div>
        </div>
      )}
      <div className="table-scroll">
        <table className="columns">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Used as</th>
              <th scope="col">Missing</th>
              <th scope="col">Distinct</th>
              <th scope="col">Values</th>
              <th scope="col">Distribution</th>
              <th scope="col" aria-label="Preparation" />
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
