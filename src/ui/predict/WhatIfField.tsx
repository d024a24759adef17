import { useId } from 'react';
import type { InputField } from '../../core/metrics/evaluation';
import { useT } from '../../i18n/useT';

interface Props {
  field: InputField;
  value: string;
  onChange: (value: string) => void;
}

/** Slider steps for a column with decimals: about a hundred across its range. */
const SLIDER_STEPS = 100;

/** One input of the what-if form: a range with a number box for numbers, a list for categories. */
export function WhatIfField({ field, value, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  if (field.kind === 'categorical') {
    return (
      <div className="whatif-field">
        <label htmlFor={id}>{field.name}</label>
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="whatif-input" data-column={field.name}>
          {field.categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </div>
    );
  }
  // Free text is for dates only; the hint is worded here, in the person's language, not as the worker wrote it.
  if (field.kind === 'text') {
    return (
      <div className="whatif-field">
        <label htmlFor={id}>{field.name}</label>
        <input id={id} type="text" value={value} placeholder={t('predict.whatIf.dateHint')} onChange={(event) => onChange(event.target.value)} data-testid="whatif-input" data-column={field.name} />
      </div>
    );
  }
  const step = field.integer ? 1 : (field.max - field.min) / SLIDER_STEPS || 1;
  const typed = Number(value);
  // The number box may go beyond the range seen in the data; the slider then rests at its end.
  const slider = value.trim() !== '' && Number.isFinite(typed) ? Math.min(field.max, Math.max(field.min, typed)) : field.min;
  return (
    <div className="whatif-field">
      <label htmlFor={id}>{field.name}</label>
      <input type="range" min={field.min} max={field.max} step={step} value={slider} onChange={(event) => onChange(event.target.value)} aria-label={t('predict.whatIf.range', { column: field.name, min: field.min, max: field.max })} />
      <input id={id} type="number" step="any" value={value} onChange={(event) => onChange(event.target.value)} data-testid="whatif-input" data-column={field.name} />
    </div>
  );
}
