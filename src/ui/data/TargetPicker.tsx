import { useStore } from '../../store/store';
import { isBusy, useDataset, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useProgressiveCount } from './useProgressiveCount';

const TASK_WORDS = {
  binary: 'Yes/no prediction (binary classification)',
  multiclass: 'Choice among several classes (multi-class classification)',
  regression: 'A number (regression)',
} as const;

/** The column to predict, and what predicting it means. */
export function TargetPicker() {
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
        <span>Column to predict</span>
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
          {TASK_WORDS[info.task]}
          {info.task === 'binary' && info.positiveClass !== null && <> — finds “{info.positiveClass}”</>}
          {info.task === 'multiclass' && <> — {info.classes.length} classes</>}
        </p>
      )}
      {info?.problem && <p className="warning">{info.problem}</p>}
    </div>
  );
}
