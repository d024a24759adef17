import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { BatchScoring } from './BatchScoring';
import { WhatIfForm } from './WhatIfForm';
import './predict.css';

/** Step 5: try the model on one made-up row, or score a whole file of new rows. */
export function UseStep() {
  const result = useStore((s) => s.result);
  const busy = isBusy(useTrainingStatus());
  return (
    <Section step={5} title="Use the model" id="use">
      {!result && <p className="muted">Train a model to try it on new rows.</p>}
      {result?.evaluation && !busy && <WhatIfForm evaluation={result.evaluation} />}
      <BatchScoring result={result} ready={!busy} />
    </Section>
  );
}
