import { useEffect, useMemo, useRef } from 'react';
import type { DecisionMap } from '../../core/teaching/map';
import { NEURON_LIMITS, type NeuronProblem } from '../../core/teaching/neurons';
import { activationPixels } from '../../core/teaching/pixels';
import { useT } from '../../i18n/useT';

/** A tile's side on the page, in CSS pixels. */
const TILE = 56;

function NeuronTile({ values, cells, layer, neuron }: { values: Float32Array; cells: number; layer: number; neuron: number }) {
  const { t, number } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const { pixels, largest } = useMemo(() => activationPixels(values), [values]);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) context.putImageData(new ImageData(pixels, cells, cells), 0, 0);
  }, [pixels, cells]);
  const label = largest > 0 ? t('teaching.neurons.tile', { layer, neuron, largest: number(largest, { maximumSignificantDigits: 3 }) }) : t('teaching.neurons.dead', { layer, neuron });
  return <canvas ref={canvas} className="neuron-tile" width={cells} height={cells} role="img" aria-label={label} title={label} data-testid="neuron-tile" style={{ width: TILE, height: TILE }} />;
}

function useProblemText(problem: NeuronProblem): string {
  const { t } = useT();
  switch (problem.reason) {
    case 'no-hidden':
      return t('teaching.neurons.noHidden');
    case 'not-dense':
      return t('teaching.neurons.notDense', { layer: problem.layer, kind: t(`layer.${problem.kind}`) });
    case 'too-wide':
      return t('teaching.neurons.tooWide', { layer: problem.layer, units: problem.units, max: NEURON_LIMITS.maxUnits });
    case 'too-deep':
      return t('teaching.neurons.tooDeep', { layers: problem.layers, max: NEURON_LIMITS.maxLayers });
  }
}

function Absent({ problem }: { problem: NeuronProblem }) {
  return (
    <p className="muted" data-testid="neuron-maps-absent" data-reason={problem.reason}>
      {useProblemText(problem)}
    </p>
  );
}

/** One small map per hidden neuron, layer by layer (as TensorFlow Playground shows them), or why there are none. */
export function NeuronTiles({ map }: { map: DecisionMap }) {
  const { t } = useT();
  const { neurons } = map;
  return (
    <section className="neuron-maps" aria-labelledby="neuron-maps-title" data-testid="neuron-maps">
      <h4 id="neuron-maps-title">{t('teaching.neurons.title')}</h4>
      {'problem' in neurons ? (
        <Absent problem={neurons.problem} />
      ) : (
        <>
          <p className="muted">{t('teaching.neurons.intro')}</p>
          <div className="neuron-layers">
            {neurons.maps.layers.map((layer, index) => {
              // The maps come layer after layer: this layer's start is the width of the layers before it.
              const start = neurons.maps.layers.slice(0, index).reduce((sum, before) => sum + before.units, 0);
              return (
                <div key={layer.name} className="neuron-layer" data-testid="neuron-layer">
                  <span>{t('teaching.neurons.layer', { layer: index + 1 })}</span>
                  {neurons.maps.values.slice(start, start + layer.units).map((values, unit) => (
                    <NeuronTile key={unit} values={values} cells={map.cells} layer={index + 1} neuron={unit + 1} />
                  ))}
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
