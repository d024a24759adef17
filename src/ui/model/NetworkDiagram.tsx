import { useEffect, useMemo } from 'react';
import { diagramColumns, isSmallNetwork, SMALL_NETWORK } from '../../core/model/diagram';
import type { LayerKernel } from '../../core/model/kernels';
import type { ModelSpec } from '../../core/model/spec';
import type { ModelSummary } from '../../core/model/summary';
import type { ValidationContext } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { BlockDiagram } from './BlockDiagram';
import { NeuronDiagram } from './NeuronDiagram';

/**
 * The network drawn: unit by unit for small ones (coloured by weight once a model with this very stack
 * has been trained), as blocks with shapes for larger ones.
 */
export function NetworkDiagram({ spec, context, summary }: { spec: ModelSpec; context: ValidationContext; summary: ModelSummary }) {
  const { t, say } = useT();
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
  const flow = columns.map((c) => t('diagram.column', { label: say(c.caption), width: c.width })).join(' → ');
  const dotted = columns.some((c) => c.link === 'elementwise') ? t('diagram.dotted') : '';

  return (
    <figure className="network-diagram" data-testid="network-diagram" data-mode={small ? 'neurons' : 'blocks'} data-coloured={coloured}>
      <div className="diagram-scroll" role="region" aria-label={t('diagram.label')} tabIndex={0}>
        {small ? <NeuronDiagram columns={columns} kernels={coloured ? kernels : null} description={t('diagram.description', { flow })} /> : <BlockDiagram spec={spec} summary={summary} />}
      </div>
      <figcaption className="muted small-print">
        {small
          ? t(coloured ? 'diagram.trained' : 'diagram.untrained', { dotted })
          : t('diagram.blocks', { units: SMALL_NETWORK.maxUnits, layers: SMALL_NETWORK.maxLayers, inputs: SMALL_NETWORK.maxInputs })}
      </figcaption>
    </figure>
  );
}
