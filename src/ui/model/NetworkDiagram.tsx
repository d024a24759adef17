import { useEffect, useMemo } from 'react';
import { diagramColumns, isSmallNetwork, SMALL_NETWORK } from '../../core/model/diagram';
import type { LayerKernel } from '../../core/model/kernels';
import type { ModelSpec } from '../../core/model/spec';
import type { ModelSummary } from '../../core/model/summary';
import type { ValidationContext } from '../../core/model/validation';
import { useStore } from '../../store/store';
import { BlockDiagram } from './BlockDiagram';
import { NeuronDiagram } from './NeuronDiagram';

/**
 * The network drawn: unit by unit for small ones (coloured by weight once a model with this very stack
 * has been trained), as blocks with shapes for larger ones.
 */
export function NetworkDiagram({ spec, context, summary }: { spec: ModelSpec; context: ValidationContext; summary: ModelSummary }) {
  const result = useStore((s) => s.result);
  const trainedWeights = useStore((s) => s.trainedWeights);
  const loadTrainedWeights = useStore((s) => s.loadTrainedWeights);
  const columns = useMemo(() => diagramColumns(spec, context.inputDim, context.output), [spec, context]);
  const small = isSmallNetwork(spec, columns);

  // A new result means new weights; only small models have them to show.
  useEffect(() => {
    if (result && small) void loadTrainedWeights();
  }, [result, small, loadTrainedWeights]);

  const kernels = useMemo(() => {
    const current = result && trainedWeights && JSON.stringify(trainedWeights.spec) === JSON.stringify(spec);
    return current ? new Map<string, LayerKernel>(trainedWeights.kernels.map((k) => [k.name, k])) : null;
  }, [result, trainedWeights, spec]);
  const coloured = small && kernels !== null && kernels.size > 0;
  const flow = columns.map((c) => `${c.label} (${c.width})`).join(' → ');
  const dashed = columns.some((c) => c.link === 'elementwise') ? ' Dotted lines pass each value on by itself.' : '';

  return (
    <figure className="network-diagram" data-testid="network-diagram" data-mode={small ? 'neurons' : 'blocks'} data-coloured={coloured}>
      <div className="diagram-scroll" role="region" aria-label="Network diagram" tabIndex={0}>
        {small ? <NeuronDiagram columns={columns} kernels={coloured ? kernels : null} description={`Network diagram: ${flow}.`} /> : <BlockDiagram spec={spec} summary={summary} />}
      </div>
      <figcaption className="muted small-print">
        {small
          ? coloured
            ? `Each line is a weight of the trained model: blue adds, orange subtracts, and thicker lines weigh more.${dashed}`
            : `Each line is a weight. Train the model to colour them: blue adds, orange subtracts, thicker weighs more.${dashed}`
          : `Drawn as blocks: units are drawn one by one only for up to ${SMALL_NETWORK.maxUnits} units per layer, ${SMALL_NETWORK.maxLayers} layers and ${SMALL_NETWORK.maxInputs} inputs.`}
      </figcaption>
    </figure>
  );
}
