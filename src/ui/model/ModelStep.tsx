import { useMemo } from 'react';
import { estimateFeatureCount } from '../../core/dataset/preprocessing';
import { outputFor, summarizeModel, validateModelSpec } from '../../core/model/spec';
import { isBusy, useDataset, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { formatCount } from '../shared/format';
import { LayerRow } from './LayerRow';

const OUTPUT_WORDS = {
  sigmoid: 'one unit with sigmoid: the probability of the positive class',
  softmax: 'softmax: one probability per class, summing to 1',
  linear: 'one linear unit: the predicted value',
} as const;

export function ModelStep() {
  const spec = useStore((s) => s.spec);
  const addLayer = useStore((s) => s.addLayer);
  const dataset = useDataset();
  const target = useStore((s) => s.target);
  const info = useTargetInfo();
  const busy = isBusy(useTrainingStatus());
  const inputDim = useMemo(() => (dataset && target ? estimateFeatureCount(dataset.profiles, target) : 0), [dataset, target]);
  const output = info ? outputFor(info.task, info.classes.length) : null;
  const summary = output ? summarizeModel(spec, inputDim, output) : [];
  const params = summary.reduce((sum, row) => sum + row.params, 0);
  const problems = validateModelSpec(spec);
  return (
    <Section step={2} title="Layers" id="model">
      <p className="muted">Input: about {formatCount(inputDim)} features after preparing the columns (numbers standardised, categories one-hot).</p>
      <ol className="layers" data-testid="layer-list">
        {spec.hidden.map((layer, index) => layer.kind === 'dense' && <LayerRow key={index} layer={layer} index={index} disabled={busy} />)}
      </ol>
      {spec.hidden.length === 0 && <p className="muted">No hidden layer: this is logistic (or linear) regression, a good baseline.</p>}
      <button type="button" className="secondary" onClick={addLayer} disabled={busy} data-testid="add-layer-button">
        Add Dense layer
      </button>
      {output && (
        <p className="output-layer" data-testid="output-layer">
          Output layer (follows the task): {output.units} unit{output.units === 1 ? '' : 's'}, {OUTPUT_WORDS[output.activation]}.
        </p>
      )}
      {output && (
        <p className="muted" data-testid="param-count" data-params={params}>
          {formatCount(params)} trainable parameters ({summary.length} layers).
        </p>
      )}
      {problems.length > 0 && (
        <ul className="warning" data-testid="model-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
