import { useState, type InputHTMLAttributes } from 'react';

type NumberFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number;
  onValue: (value: number) => void;
};

/**
 * A number input that lets a person type freely ("0.", an empty field on the way to "64") and passes on
 * every complete number at once, so the summary and checks follow each keystroke. A half-typed entry is
 * not passed on; leaving the field shows the current value again.
 */
export function NumberField({ value, onValue, onBlur, ...rest }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Undo, redo or a preset changed the value from outside: show it, unless the draft already says it.
  if (!Object.is(value, shown)) {
    setShown(value);
    if (Number(draft) !== value || draft.trim() === '') setDraft(String(value));
  }
  return (
    <input
      {...rest}
      type="number"
      value={draft}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const parsed = Number(text);
        if (text.trim() !== '' && Number.isFinite(parsed) && parsed !== value) onValue(parsed);
      }}
      onBlur={(event) => {
        setDraft(String(value));
        onBlur?.(event);
      }}
    />
  );
}
