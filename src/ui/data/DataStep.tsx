import { useDataset } from '../../store/hooks';
import { Section } from '../shared/Section';
import { formatCount } from '../shared/format';
import { ClassBalance } from './ClassBalance';
import { ColumnPanel } from './ColumnPanel';
import { DataCheckPanel } from './DataCheckPanel';
import { FilePicker } from './FilePicker';
import { PreviewTable } from './PreviewTable';
import { SamplePicker } from './SamplePicker';
import { SplitSettings } from './SplitSettings';
import { TargetPicker } from './TargetPicker';
import { formatBytes } from './formatStats';
import './data.css';

const DELIMITER_WORDS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'pipes' };

/** Step 1: load a table, see what is in it, choose what to predict and how to prepare the rest. */
export function DataStep() {
  const dataset = useDataset();
  const reading = dataset?.reading;
  return (
    <Section step={1} title="Your data" id="data">
      <div className="row">
        <FilePicker />
        <SamplePicker />
      </div>
      {dataset && (
        <>
          <p className="summary" data-testid="dataset-summary" data-rows={dataset.rowCount} data-columns={dataset.columnCount} data-read-seconds={reading?.seconds}>
            <strong>{dataset.source}</strong>: {formatCount(dataset.rowCount)} rows × {formatCount(dataset.columnCount)} columns
            {reading && (
              <span className="data-note">
                {' '}
                ({formatBytes(reading.bytes)}, {reading.encoding.toUpperCase()}, separated by {DELIMITER_WORDS[reading.delimiter] ?? reading.delimiter}
                {reading.decimalComma ? ', decimal commas' : ''}; read in {reading.seconds.toFixed(1)} s)
              </span>
            )}
          </p>
          {dataset.notes.length > 0 && (
            <ul className="notes" aria-label="Notes on reading the file" data-testid="reading-notes">
              {dataset.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <div className="target-row">
            <TargetPicker />
            <ClassBalance />
          </div>
          <DataCheckPanel />
          <ColumnPanel />
          <SplitSettings />
          <PreviewTable dataset={dataset} />
        </>
      )}
    </Section>
  );
}
