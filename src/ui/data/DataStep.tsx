import type { PlainKey } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { useDataset } from '../../store/hooks';
import { Section } from '../shared/Section';
import { ClassBalance } from './ClassBalance';
import { ColumnPanel } from './ColumnPanel';
import { DataCheckPanel } from './DataCheckPanel';
import { FilePicker } from './FilePicker';
import { PreviewTable } from './PreviewTable';
import { SamplePicker } from './SamplePicker';
import { SplitSettings } from './SplitSettings';
import { TargetPicker } from './TargetPicker';
import { formatBytes } from './formatStats';
import { useSourceName } from './useSourceName';
import './data.css';

const DELIMITER_WORDS: Partial<Record<string, PlainKey>> = { ',': 'data.delimiter.comma', ';': 'data.delimiter.semicolon', '\t': 'data.delimiter.tab', '|': 'data.delimiter.pipe' };

/** Step 1: load a table, see what is in it, choose what to predict and how to prepare the rest. */
export function DataStep() {
  const tr = useT();
  const { t } = tr;
  const dataset = useDataset();
  const source = useSourceName(dataset?.source);
  const reading = dataset?.reading;
  const delimiter = reading && DELIMITER_WORDS[reading.delimiter];
  return (
    <Section step={1} title={t('data.title')} id="data">
      <div className="row">
        <FilePicker />
        <SamplePicker />
      </div>
      {dataset && (
        <>
          <p className="summary" data-testid="dataset-summary" data-rows={dataset.rowCount} data-columns={dataset.columnCount} data-read-seconds={reading?.seconds}>
            <strong>{source}</strong>
            {t('common.colon')}
            {t('data.summary', { rows: dataset.rowCount, columns: dataset.columnCount })}
            {reading && (
              <span className="data-note">
                {t('data.reading', {
                  size: formatBytes(reading.bytes),
                  encoding: reading.encoding.toUpperCase(),
                  delimiter: delimiter ? t(delimiter) : reading.delimiter,
                  decimal: reading.decimalComma ? t('data.decimalCommas') : '',
                  seconds: tr.number(reading.seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                })}
              </span>
            )}
          </p>
          {dataset.notes.length > 0 && (
            <ul className="notes" aria-label={t('data.notesLabel')} data-testid="reading-notes">
              {dataset.notes.map((note, index) => (
                <li key={index}>{tr.say(note)}</li>
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
