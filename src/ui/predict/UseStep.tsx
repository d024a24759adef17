import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { BatchScoring } from './BatchScoring';
import { WhatIfForm } from './WhatIfForm';
import './predict.css';

/** Step 5: try the model on one made-up row, or score a whole file of new rows. */
export function UseStep() {
  const { t } = useT();
  const result = useStore((s) => s.result);
  const busy = isBusy(useTrainingStatus());
  return (
    <Section step={5} title={t('predict.title')} id="use">
      {!result && <p className="muted">{t('predict.empty')}</p>}
      {result?.evaluation && !busy && <WhatIfForm evaluation={result.evaluation} />}
      <BatchScoring result={result} ready={!busy} />
    </Section>
  );
}
