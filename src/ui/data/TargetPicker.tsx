import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { isBusy, useDataset, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useProgressiveCount } from './useProgressiveCount';

/** The column to predict, and what predicting it means. */
export function TargetPicker() {
  const { t, say } = useT();
  const dataset = useDataset();
  const target = useStore((s) => s.target);
  const setTarget = useStore((s) => s.setTarget);
  const info = useTargetInfo();
  const busy = isBusy(useTrainingStatus());
  const profiles = dataset?.profiles ?? [];
  const shown = useProgressiveCount(profiles.length);
  if (!dataset) return null;
  // The chosen column is always an option, even before a very long list is complete.
  const chosen = profiles.findIndex((profile) => profile.name === target);
  const options = chosen >= shown ? [...profiles.slice(0, shown), profiles[chosen]!] : profiles.slice(0, shown);
  return (
    <div className="target">
      <label className="field">
        <span>{t('target.label')}</span>
        <select data-testid="target-select" value={target ?? ''} disabled={busy} onChange={(event) => setTarget(event.target.value)}>
          {options.map((profile) => (
            <option key={profile.name} value={profile.name}>
              {profile.name}
            </option>
          ))}
        </select>
      </label>
      {info && (
        <p className="task" data-testid="task-type" data-task={info.task}>
          {t(`task.${info.task}`)}
          {info.task === 'binary' && info.positiveClass !== null && t('target.findsClass', { value: info.positiveClass })}
          {info.task === 'multiclass' && t('target.classCount', { count: info.classes.length })}
        </p>
      )}
      {info?.problemText && <p className="warning">{say(info.problemText)}</p>}
    </div>
  );
}
