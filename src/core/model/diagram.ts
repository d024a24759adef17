/**
 * What the network diagram draws: one column per layer output, and how each column connects to the one
 * before it. Small networks are drawn neuron by neuron (as in TensorFlow Playground); larger ones as
 * blocks with shapes.
 */
import { phrase, type Phrase } from '../text';
import { OUTPUT_LAYER_NAME, tfLayerName, type ModelSpec, type OutputSpec } from './spec';
import type { DIAGRAM_TEXTS, LAYER_TEXTS } from './texts';

export interface DiagramColumn {
  /** Short label under the column ("Dense relu", "Dropout 20%"), as a message for the person's language. */
  caption: Phrase<keyof typeof DIAGRAM_TEXTS | keyof typeof LAYER_TEXTS>;
  width: number;
  /**
   * 'dense': every unit sees every unit of the previous column through a weight;
   * 'elementwise': each value is transformed on its own (dropout, normalisation, noise, activation).
   */
  link: 'none' | 'dense' | 'elementwise';
  /** The tfjs layer whose kernel weights the incoming links, for colouring once trained. */
  kernel: string | null;
  /** For a residual block's output: the column whose values the shortcut adds back. */
  skipFrom: number | null;
  /** The spec layer the column comes from; null for input and output. */
  specIndex: number | null;
}

/**
 * Limits for drawing every neuron: up to 8 units per layer and 6 layers. Inputs are counted apart, with
 * a looser limit, because one-hot columns make even simple tables a dozen inputs wide.
 */
export const SMALL_NETWORK = { maxUnits: 8, maxLayers: 6, maxInputs: 16 } as const;

type Caption = DiagramColumn['caption'];

export function diagramColumns(spec: ModelSpec, inputDim: number, output: OutputSpec): DiagramColumn[] {
  const columns: DiagramColumn[] = [{ caption: phrase('diagram.inputs'), width: inputDim, link: 'none', kernel: null, skipFrom: null, specIndex: null }];
  const previousWidth = () => columns.at(-1)?.width ?? inputDim;
  spec.hidden.forEach((layer, index) => {
    const title = phrase(`layer.${layer.kind}`);
    const add = (caption: Caption, column: Omit<DiagramColumn, 'caption' | 'specIndex' | 'skipFrom'> & { skipFrom?: number }) => columns.push({ caption, skipFrom: null, ...column, specIndex: index });
    switch (layer.kind) {
      case 'dense':
        return add(phrase('diagram.layerWith', { layer: title, detail: layer.activation }), { width: layer.units, link: 'dense', kernel: tfLayerName(index, 'dense') });
      case 'residual': {
        const blockInput = columns.length - 1;
        const width = previousWidth();
        add(phrase('diagram.block', { activation: layer.activation }), { width: layer.units, link: 'dense', kernel: tfLayerName(index, 'res_a') });
        return add(phrase('diagram.blockShortcut'), { width, link: 'dense', kernel: tfLayerName(index, 'res_b'), skipFrom: blockInput });
      }
      case 'dropout':
        return add(phrase('diagram.layerWith', { layer: title, detail: `${Math.round(layer.rate * 100)}%` }), { width: previousWidth(), link: 'elementwise', kernel: null });
      case 'activation':
        return add(phrase('diagram.activation', { activation: layer.activation }), { width: previousWidth(), link: 'elementwise', kernel: null });
      default:
        return add(title, { width: previousWidth(), link: 'elementwise', kernel: null });
    }
  });
  columns.push({ caption: phrase('diagram.output', { activation: output.activation }), width: output.units, link: 'dense', kernel: OUTPUT_LAYER_NAME, skipFrom: null, specIndex: null });
  return columns;
}

/** Whether every unit can be drawn: few enough layers and units to stay readable. */
export function isSmallNetwork(spec: ModelSpec, columns: readonly DiagramColumn[]): boolean {
  const [input, ...rest] = columns;
  return (
    spec.hidden.length <= SMALL_NETWORK.maxLayers &&
    (input?.width ?? 0) <= SMALL_NETWORK.maxInputs &&
    rest.every((c) => c.width >= 1 && c.width <= SMALL_NETWORK.maxUnits)
  );
}
