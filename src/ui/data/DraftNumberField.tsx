import { useState } from 'react';
import { useT } from '../../i18n/useT';

/**
 * A number field that keeps what is typed as typed (so "2" on the way to "20", or "-" on the way to
 * "-1", is not corrected under the person's fingers): a value inside [min, max] is applied at once,
 * anything else is marked invalid and not applied; leaving the field shows the applied value again.
 */
export function DraftNumberField({ label, value, min = -Infinity, max = Infinity, step = 1, disabled = false, testId, onChange }: { label: string; value: number; min?: number; max?: number; step?: number | 'any'; disabled?: boolean; testId: string; onChange: (value: number) => void }) {
  const { t } = useT();
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? String(value);
  const number = Number(text);
  const valid = text.trim() !== '' && number >= min && number <= max;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={Number.isFinite(min) ? min : undefined}
        max={Number.isFinite(max) ? max : undefined}
        step={step}
        disabled={disabled}
        value={text}
        aria-invalid={!valid}
        data-testid={testId}
        onChange={(event) => {
          setTyped(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value.trim() !== '' && next >= min && next <= max) onChange(next);
        }}
        onBlur={() => setTyped(null)}
      />
      {!valid && <small>{Number.isFinite(min) ? t('field.range', { min, max }) : t('field.number')}</small>}
    </label>
  );
}
