import type { DiagramColumn } from '../../core/model/diagram';
import type { LayerKernel } from '../../core/model/kernels';
import { useT } from '../../i18n/useT';

const COLUMN_GAP = 120;
const NEURON_GAP = 26;
const RADIUS = 8;
const MARGIN = { top: 34, side: 52, bottom: 44 };
/** Blue for positive and orange for negative weights, as in TensorFlow Playground; grey before training. */
const COLOURS = { positive: '#1f6fb2', negative: '#c0560b', untrained: '#aab3bf' };

interface Point {
  x: number;
  y: number;
}

/** Every unit as a circle and every weight as a line, thicker and coloured by value once trained. */
export function NeuronDiagram({ columns, kernels, description }: { columns: readonly DiagramColumn[]; kernels: ReadonlyMap<string, LayerKernel> | null; description: string }) {
  const { say } = useT();
  const tallest = Math.max(...columns.map((c) => c.width));
  const height = MARGIN.top + tallest * NEURON_GAP + MARGIN.bottom;
  const width = MARGIN.side * 2 + (columns.length - 1) * COLUMN_GAP;
  const positions: Point[][] = columns.map((column, c) => {
    const top = MARGIN.top + ((tallest - column.width) * NEURON_GAP) / 2 + NEURON_GAP / 2;
    return Array.from({ length: column.width }, (_, i) => ({ x: MARGIN.side + c * COLUMN_GAP, y: top + i * NEURON_GAP }));
  });
  const largest = kernels ? Math.max(1e-6, ...Array.from(kernels.values(), (k) => Math.max(...Array.from(k.values, Math.abs)))) : 1;
  const stroke = (weight: number | undefined) =>
    weight === undefined
      ? { stroke: COLOURS.untrained, strokeWidth: 1 }
      : { stroke: weight >= 0 ? COLOURS.positive : COLOURS.negative, strokeWidth: 0.4 + (3.6 * Math.abs(weight)) / largest };

  const links = columns.flatMap((column, c) => {
    const from = positions[c - 1];
    const to = positions[c] ?? [];
    if (!from || column.link === 'none') return [];
    const kernel = column.kernel ? kernels?.get(column.kernel) : undefined;
    const usable = kernel && kernel.inputs === from.length && kernel.units === to.length ? kernel : undefined;
    if (column.link === 'elementwise') return to.map((b, i) => <line key={`${c}:${i}`} x1={from[i]?.x} y1={from[i]?.y} x2={b.x} y2={b.y} stroke={COLOURS.untrained} strokeDasharray="3 3" />);
    return from.flatMap((a, j) => to.map((b, i) => <line key={`${c}:${j}:${i}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} {...stroke(usable?.values[j * to.length + i])} />));
  });

  const shortcuts = columns.flatMap((column, c) => {
    if (column.skipFrom === null) return [];
    const x1 = MARGIN.side + column.skipFrom * COLUMN_GAP;
    const x2 = MARGIN.side + c * COLUMN_GAP;
    const y = MARGIN.top - 4;
    return [<path key={`skip${c}`} d={`M ${x1} ${y} C ${x1} ${y - 26}, ${x2} ${y - 26}, ${x2} ${y}`} fill="none" stroke="#5b6676" strokeWidth={1.5} strokeDasharray="5 3" markerEnd="url(#arrow)" />];
  });

  return (
    <svg className="neuron-diagram" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={description}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#5b6676" />
        </marker>
      </defs>
      <g opacity={0.9}>{links}</g>
      {shortcuts}
      {positions.map((column, c) =>
        column.map((p, i) => <circle key={`${c}:${i}`} cx={p.x} cy={p.y} r={RADIUS} className={c === 0 ? 'neuron input' : 'neuron'} />),
      )}
      {columns.map((column, c) => (
        <text key={c} x={MARGIN.side + c * COLUMN_GAP} y={height - 22} textAnchor="middle" className="diagram-label">
          {say(column.caption)}
          <tspan x={MARGIN.side + c * COLUMN_GAP} dy="1.2em" className="diagram-width">
            {column.width}
          </tspan>
        </text>
      ))}
    </svg>
  );
}
