import type { ReactNode } from 'react';

/** One numbered step of the flow. */
export function Section({ step, title, children, id }: { step: number; title: string; children: ReactNode; id: string }) {
  return (
    <section className="step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="step-number" aria-hidden="true">
          {step}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
