import type { ModelSpec } from '../../core/model/spec';
import type { ModelSummary } from '../../core/model/summary';
import { useT } from '../../i18n/useT';

interface Block {
  key: string;
  title: string;
  detail: string;
  width: number;
  params: number;
}

/** The network as a flow of blocks with their output shapes: for stacks too large to draw unit by unit. */
export function BlockDiagram({ spec, summary }: { spec: ModelSpec; summary: ModelSummary }) {
  const { t } = useT();
  const [input, ...rest] = summary.rows;
  const output = rest.at(-1);
  const blocks: Block[] = spec.hidden.map((layer, index) => {
    const rows = summary.rows.filter((row) => row.specIndex === index);
    const residual = layer.kind === 'residual' ? t('diagram.residualDetail', { units: layer.units, activation: layer.activation, width: rows[1]?.outputShape[1] ?? '?' }) : '';
    return {
      key: `${index}`,
      title: t('layer.heading', { position: index + 1, layer: t(`layer.${layer.kind}`) }),
      detail: residual || (rows[0]?.note ?? ''),
      width: rows.at(-1)?.outputShape[1] ?? 0,
      params: rows.reduce((sum, row) => sum + row.params, 0),
    };
  });
  if (input) blocks.unshift({ key: 'input', title: t('diagram.inputs'), detail: '', width: input.outputShape[1], params: 0 });
  if (output) blocks.push({ key: 'output', title: t('diagram.outputTitle'), detail: output.note, width: output.outputShape[1], params: output.params });
  return (
    <ol className="block-diagram">
      {blocks.map((block) => (
        <li key={block.key} className={block.key === 'input' || block.key === 'output' ? 'block end-block' : 'block'}>
          <strong>{block.title}</strong>
          {block.detail && <span>{block.detail}</span>}
          <span className="shape" translate="no">
            (None, {block.width})
          </span>
          {block.params > 0 && <span className="muted">{t('layer.weights', { count: block.params })}</span>}
        </li>
      ))}
    </ol>
  );
}
