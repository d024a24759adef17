import type { ColumnProfile } from '../../core/csv/profile';
import { allowedImputes, MAX_CATEGORIES, type ColumnChoice, type ResolvedColumn } from '../../core/dataset/plan';
import { useStore } from '../../store/store';
import { DraftNumberField } from './DraftNumberField';

const IMPUTE_WORDS = { mean: 'the mean', median: 'the median', most_frequent: 'the most frequent value', constant: 'a fixed value' } as const;
const SCALING_WORDS = { standard: 'standardise (mean 0, std 1)', minmax: 'min-max (0 to 1)', robust: 'robust (median, IQR)', none: 'none', log: 'log, then standardise' } as const;
const ENCODING_WORDS = { onehot: 'one input per value', topk: 'top values + "other"', ordinal: 'one number (ordered)' } as const;
const ORDER_WORDS = { ymd: 'year first (2024-12-31)', dmy: 'day first (31/12/2024)', mdy: 'month first (12/31/2024)' } as const;

/** A select whose first option is "automatic"; choosing it removes the person's choice. */
function ChoiceSelect<T extends string>({ label, value, auto, options, words, onChange, testId }: { label: string; value: T | undefined; auto: T; options: readonly T[]; words: Record<T, string>; onChange: (value: T | undefined) => void; testId: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} data-testid={testId} onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as T))}>
        <option value="">Automatic: {words[auto]}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How one column is prepared: missing values, scaling or encoding, date order. */
export function ColumnChoices({ profile, choice, resolved }: { profile: ColumnProfile; choice: ColumnChoice | undefined; resolved: ResolvedColumn }) {
  const setChoice = useStore((s) => s.setColumnChoice);
  const change = (patch: Partial<Omit<ColumnChoice, 'name'>>) => setChoice(profile.name, patch);
  const role = resolved.role;
  const imputes = allowedImputes(role);
  const scalings = (['standard', 'minmax', 'robust', 'none', 'log'] as const).filter((s) => s !== 'log' || (profile.min ?? -1) >= 0);
  return (
    <div className="column-choices" data-testid="column-choices">
      {role === 'date' && <ChoiceSelect label="Dates are written" value={choice?.dateOrder} auto={profile.date?.order ?? 'ymd'} options={['ymd', 'dmy', 'mdy'] as const} words={ORDER_WORDS} onChange={(dateOrder) => change({ dateOrder })} testId="choice-date-order" />}
      <ChoiceSelect label="Fill missing cells with" value={choice?.impute} auto={resolved.impute} options={imputes} words={role === 'categorical' ? { ...IMPUTE_WORDS, constant: 'a category of their own, "(missing)"' } : IMPUTE_WORDS} onChange={(impute) => change({ impute })} testId="choice-impute" />
      {resolved.impute === 'constant' && role !== 'categorical' && (
        <DraftNumberField label="Fixed value" value={resolved.imputeValue} step="any" testId="choice-impute-value" onChange={(imputeValue) => change({ imputeValue })} />
      )}
      {role === 'numeric' && <ChoiceSelect label="Scaling" value={choice?.scaling} auto={resolved.scaling} options={scalings} words={SCALING_WORDS} onChange={(scaling) => change({ scaling })} testId="choice-scaling" />}
      {role === 'categorical' && <ChoiceSelect label="Encoding" value={choice?.encoding} auto={resolved.encoding} options={['onehot', 'topk', 'ordinal'] as const} words={ENCODING_WORDS} onChange={(encoding) => change({ encoding })} testId="choice-encoding" />}
      {role === 'categorical' && resolved.encoding === 'topk' && (
        <DraftNumberField label="Values kept" value={resolved.topK} min={1} max={MAX_CATEGORIES} testId="choice-top-k" onChange={(topK) => change({ topK })} />
      )}
      <label className="check">
        <input type="checkbox" checked={resolved.missingIndicator} data-testid="choice-missing-indicator" onChange={(event) => change({ missingIndicator: event.target.checked })} />
        Add a “was missing” input
      </label>
      {role === 'date' && <p className="data-note">Becomes four inputs: year, month, weekday and days since the first training date.</p>}
    </div>
  );
}
