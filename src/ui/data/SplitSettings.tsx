import { MAX_PART, MIN_PART } from '../../core/dataset/split';
import { isBusy, useDataset, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { DraftNumberField } from './DraftNumberField';

/** How the rows are held out: validation and test shares, random (stratified) or in time, and class weights. */
export function SplitSettings() {
  const dataset = useDataset();
  const plan = useStore((s) => s.dataPlan);
  const setSplit = useStore((s) => s.setSplitPlan);
  const setClassWeights = useStore((s) => s.setClassWeights);
  const info = useTargetInfo();
  const busy = isBusy(useTrainingStatus());
  if (!dataset) return null;
  const dateColumns = dataset.profiles.filter((p) => p.usableAs.includes('date'));
  const percent = (key: 'validation' | 'test', label: string) => (
    <DraftNumberField label={`${label} (%)`} value={Math.round(plan.split[key] * 100)} min={MIN_PART * 100} max={MAX_PART * 100} disabled={busy} testId={`split-${key}`} onChange={(percent) => setSplit({ [key]: percent / 100 })} />
  );
  const training = Math.round((1 - plan.split.validation - plan.split.test) * 100);
  return (
    <fieldset className="split-settings" data-testid="split-settings">
      <legend>Held-out rows</legend>
      <div className="row">
        {percent('validation', 'Validation')}
        {percent('test', 'Test')}
        <label className="field">
          <span>Split</span>
          <select value={plan.split.byDate ?? ''} disabled={busy} data-testid="split-by-date" onChange={(event) => setSplit({ byDate: event.target.value === '' ? null : event.target.value })}>
            <option value="">At random (seeded{info?.task !== 'regression' ? ', same class mix in each part' : ''})</option>
            {dateColumns.map((p) => (
              <option key={p.name} value={p.name}>
                In time by {p.name}: train on the past, test on the newest
              </option>
            ))}
          </select>
        </label>
        {info && info.task !== 'regression' && (
          <label className="check">
            <input type="checkbox" checked={plan.classWeights} disabled={busy} data-testid="class-weights-toggle" onChange={(event) => setClassWeights(event.target.checked)} />
            Class weights: rare classes count as much as common ones
          </label>
        )}
      </div>
      <p className="data-note">
        {training}% of the rows train the model. Every statistic used to prepare the data (means, scales, categories) comes from those rows only.
      </p>
    </fieldset>
  );
}
