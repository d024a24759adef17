import type { DatasetSummary } from '../../worker/protocol';

/** The first rows as the file has them; cells are rendered as text, never as HTML. */
export function PreviewTable({ dataset }: { dataset: DatasetSummary }) {
  return (
    <div className="table-scroll" tabIndex={0} aria-label="Preview of the first rows">
      <table className="preview" data-testid="data-preview">
        <thead>
          <tr>
            {dataset.profiles.map((profile) => (
              <th key={profile.name} scope="col">
                {profile.name}
                <span className={`type type-${profile.type}`}>{profile.type}</span>
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
    </div>
  );
}
