import type { ColumnProfile } from '../../core/csv/profile';
import { allowedImputes, MAX_CATEGORIES, MISSING_CATEGORY, type ColumnChoice, type ResolvedColumn } from '../../core/dataset/plan';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { DraftNumberField } from './DraftNumberField';

const IMPUTE_WORDS = { mean: 'impute.mean', median: 'impute.median', most_frequent: 'impute.most_frequent', constant: 'impute.constant' } as const;
const SCALING_WORDS = { standard: 'scaling.standard', minmax: 'scaling.minmax', robust: 'scaling.robust', none: 'scaling.none', log: 'scaling.log' } as const;
const ENCODING_WORDS = { onehot: 'encoding.onehot', topk: 'encoding.topk', ordinal: 'encoding.ordinal' } as const;
const ORDER_WORDS = { ymd: 'dateOrder.ymd', dmy: 'dateOrder.dmy', mdy: 'dateOrder.mdy' } as const;

/** A select whose first option is "automatic"; choosing it removes the person's choice. */
function ChoiceSelect<T extends string>({ label, value, auto, options, words, onChange, testId }: { label: string; value: T | undefined; auto: T; options: readonly T[]; words: (option: T) => string; onChange: (value: T | undefined) => void; testId: string }) {
  const { t } = useT();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} data-testid={testId} onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as T))}>
        <option value="">{t('choice.auto', { choice: words(auto) })}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How one column is prepared: missing values, scaling or encoding, date order. */
export function ColumnChoices({ profile, choice, resolved }: { profile: ColumnProfile; choice: ColumnChoice | undefined; resolved: ResolvedColumn }) {
  const { t } = useT();
  const setChoice = useStore((s) => s.setColumnChoice);
  const change = (patch: Partial<Omit<ColumnChoice, 'name'>>) => setChoice(profile.name, patch);
  const role = resolved.role;
  // Categories fill gaps with a category of their own, named as it is written into the data.
  const imputeWord = (impute: keyof typeof IMPUTE_WORDS) => (impute === 'constant' && role === 'categorical' ? t('impute.ownCategory', { category: MISSING_CATEGORY }) : t(IMPUTE_WORDS[impute]));
  const imputes = allowedImputes(role);
  const scalings = (['standard', 'minmax', 'robust', 'none', 'log'] as const).filter((s) => s !== 'log' || (profile.min ?? -1) >= 0);
  return (
    <div className="column-choices" data-testid="column-choices">
      {role === 'date' && <ChoiceSelect label={t('choice.dateOrder')} value={choice?.dateOrder} auto={profile.date?.order ?? 'ymd'} options={['ymd', 'dmy', 'mdy'] as const} words={(order) => t(ORDER_WORDS[order])} onChange={(dateOrder) => change({ dateOrder })} testId="choice-date-order" />}
      <ChoiceSelect label={t('choice.impute')} value={choice?.impute} auto={resolved.impute} options={imputes} words={imputeWord} onChange={(impute) => change({ impute })} testId="choice-impute" />
      {resolved.impute === 'constant' && role !== 'categorical' && (
        <DraftNumberField label={t('choice.imputeValue')} value={resolved.imputeValue} step="any" testId="choice-impute-value" onChange={(imputeValue) => change({ imputeValue })} />
      )}
      {role === 'numeric' && <ChoiceSelect label={t('choice.scaling')} value={choice?.scaling} auto={resolved.scaling} options={scalings} words={(scaling) => t(SCALING_WORDS[scaling])} onChange={(scaling) => change({ scaling })} testId="choice-scaling" />}
      {role === 'categorical' && <ChoiceSelect label={t('choice.encoding')} value={choice?.encoding} auto={resolved.encoding} options={['onehot', 'topk', 'ordinal'] as const} words={(encoding) => t(ENCODING_WORDS[encoding])} onChange={(encoding) => change({ encoding })} testId="choice-encoding" />}
      {role === 'categorical' && resolved.encoding === 'topk' && (
        <DraftNumberField label={t('choice.topK')} value={resolved.topK} min={1} max={MAX_CATEGORIES} testId="choice-top-k" onChange={(topK) => change({ topK })} />
      )}
      <label className="check">
        <input type="checkbox" checked={resolved.missingIndicator} data-testid="choice-missing-indicator" onChange={(event) => change({ missingIndicator: event.target.checked })} />
        {t('choice.missingIndicator')}
      </label>
      {role === 'date' && <p className="data-note">{t('choice.dateNote')}</p>}
    </div>
  );
}
