import { useEffect, useMemo, useState } from 'react';
import type { Evaluation, InputField } from '../../core/metrics/evaluation';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import type { RowPrediction } from '../../worker/protocol';
import { WhatIfField } from './WhatIfField';
import { WhatIfResult } from './WhatIfResult';

/** Waits this long after the last edit before asking the worker, so dragging a slider sends few requests. */
const EDIT_PAUSE_MS = 60;

/**
 * A form generated from the model's inputs; the worker scores the row exactly as it scores a file, and
 * the prediction follows every edit. The columns the model relies on most come first.
 */
export function WhatIfForm({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useT();
  const scoreRow = useStore((s) => s.scoreRow);
  const fields = useMemo(() => byImportance(evaluation), [evaluation]);
  // Values and predictions belong to one model's fields: a new model starts from its own defaults.
  const [edited, setEdited] = useState<{ for: InputField[]; values: string[] } | null>(null);
  const values = useMemo(() => (edited?.for === fields ? edited.values : fields.map((f) => f.initial)), [edited, fields]);
  const [prediction, setPrediction] = useState<{ for: string[]; value: RowPrediction } | null>(null);

  useEffect(() => {
    let superseded = false;
    const timer = setTimeout(async () => {
      const value = await scoreRow(fields.map((field, i): [string, string] => [field.name, values[i] ?? '']));
      if (!superseded && value) setPrediction({ for: values, value });
    }, EDIT_PAUSE_MS);
    return () => {
      superseded = true;
      clearTimeout(timer);
    };
  }, [fields, values, scoreRow]);

  const change = (index: number, value: string) => setEdited({ for: fields, values: values.map((v, i) => (i === index ? value : v)) });
  return (
    <section className="panel" aria-labelledby="whatif-title">
      <h3 id="whatif-title">{t('predict.whatIf.title')}</h3>
      <p className="muted">{t(evaluation.importance ? 'predict.whatIf.introRanked' : 'predict.whatIf.intro')}</p>
      <div className="whatif">
        <form className="whatif-fields" onSubmit={(event) => event.preventDefault()}>
          {fields.map((field, i) => (
            <WhatIfField key={field.name} field={field} value={values[i] ?? ''} onChange={(value) => change(i, value)} />
          ))}
        </form>
        <WhatIfResult prediction={prediction?.value ?? null} pending={prediction?.for !== values} columns={fields.map((field) => field.name)} />
      </div>
    </section>
  );
}

function byImportance(evaluation: Evaluation): InputField[] {
  const rank = new Map(evaluation.importance?.columns.map((c, i) => [c.name, i]) ?? []);
  return [...evaluation.inputs].sort((a, b) => (rank.get(a.name) ?? Infinity) - (rank.get(b.name) ?? Infinity));
}
