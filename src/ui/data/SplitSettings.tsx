import { MAX_PART, MIN_PART } from '../../core/dataset/split';
import { useT } from '../../i18n/useT';
import { isBusy, useDataset, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { DraftNumberField } from './DraftNumberField';

/** How the rows are held out: validation and test shares, random (stratified) or in time, and class weights. */
export function SplitSettings() {
  const { t } = useT();
  const dataset = useDataset();
  const plan = useStore((s) => s.dataPlan);
  const setSplit = useStore((s) => s.setSplitPlan);
  const setClassWeights = useStore((s) => s.setClassWeights);
  // Automatic weights are on when the data check found a rare class; the check says which.
  const weighsClasses = useStore((s) => s.dataCheck?.weighsClasses ?? s.dataPlan.classWeights === true);
  const info = useTargetInfo();
  const busy = isBusy(useTrainingStatus());
  if (!dataset) return null;
  const dateColumns = dataset.profiles.filter((p) => p.usableAs.includes('date'));
  const percent = (key: 'validation' | 'test', label: string) => (
    <DraftNumberField label={label} value={Math.round(plan.split[key] * 100)} min={MIN_PART * 100} max={MAX_PART * 100} disabled={busy} testId={`split-${key}`} onChange={(percent) => setSplit({ [key]: percent / 100 })} />
  );
  const training = Math.round((1 - plan.split.validation - plan.split.test) * 100);
  return (
    <fieldset className="split-settings" data-testid="split-settings">
      <legend>{t('split.legend')}</legend>
      <div className="row">
        {percent('validation', t('split.validation'))}
        {percent('test', t('split.test'))}
        <label className="field">
          <span>{t('split.mode')}</span>
          <select value={plan.split.byDate ?? ''} disabled={busy} data-testid="split-by-date" onChange={(event) => setSplit({ byDate: event.target.value === '' ? null : event.target.value })}>
            <option value="">{t(info?.task !== 'regression' ? 'split.randomStratified' : 'split.random')}</option>
            {dateColumns.map((p) => (
              <option key={p.name} value={p.name}>
                {t('split.byDate', { column: p.name })}
              </option>
            ))}
          </select>
        </label>
        {info && info.task !== 'regression' && (
          <label className="check">
            <input type="checkbox" checked={weighsClasses} disabled={busy} data-testid="class-weights-toggle" onChange={(event) => setClassWeights(event.target.checked)} />
            {t('split.classWeights')}
            {plan.classWeights === 'auto' && <span className="data-note"> {t('split.classWeightsAuto')}</span>}
          </label>
        )}
      </div>
      <p className="data-note">
        {t('split.trainingShare', { share: training })}
      </p>
    </fieldset>
  );
}
