import { useId, useState } from 'react';

/**
 * A small "?" that shows or hides one plain-language help text. The text stays in the page while hidden,
 * so fields can point `aria-describedby` at it and screen readers read it either way.
 */
export function HelpToggle({ label, text, id }: { label: string; text: string; id?: string }) {
  const [open, setOpen] = useState(false);
  const generated = useId();
  const helpId = id ?? generated;
  return (
    <>
      <button type="button" className="help-toggle" aria-label={label} aria-expanded={open} aria-controls={helpId} onClick={() => setOpen(!open)}>
        ?
      </button>
      <p id={helpId} className="help-text" hidden={!open}>
        {text}
      </p>
    </>
  );
}
