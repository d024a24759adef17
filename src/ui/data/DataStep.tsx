import { useDataset } from '../../store/hooks';
import { Section } from '../shared/Section';
import { formatCount } from '../shared/format';
import { FilePicker } from './FilePicker';
import { PreviewTable } from './PreviewTable';
import { SamplePicker } from './SamplePicker';
import { TargetPicker } from './TargetPicker';

export function DataStep() {
  const dataset = useDataset();
  return (
    <Section step={1} title="Your data" id="data">
      <div className="row">
        <FilePicker />
        <SamplePicker />
      </div>
      {dataset && (
        <>
          <p className="summary" data-testid="dataset-summary" data-rows={dataset.rowCount} data-columns={dataset.columnCount}>
            <strong>{dataset.source}</strong>: {formatCount(dataset.rowCount)} rows × {formatCount(dataset.columnCount)} columns
          </p>
          {dataset.notes.length > 0 && (
            <ul className="notes" aria-label="Notes on reading the file">
              {dataset.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <TargetPicker />
          <PreviewTable dataset={dataset} />
        </>
      )}
    </Section>
  );
}
