import { useId, useRef, type KeyboardEvent } from 'react';
import type { HiddenLayerSpec } from '../../core/model/spec';
import type { SummaryRow } from '../../core/model/summary';
import type { ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { startLayerDrag } from './dragData';
import { ProblemText } from './Field';
import { HelpToggle } from './HelpToggle';
import { LayerOptions } from './LayerOptions';

export type CardAction = 'up' | 'down' | 'duplicate' | 'remove';

interface LayerCardProps {
  layer: HiddenLayerSpec;
  index: number;
  count: number;
  disabled: boolean;
  problems: readonly ModelProblem[];
  /** The summary rows of this layer: its output shape and weights. */
  rows: readonly SummaryRow[];
  dropBefore: boolean;
  onAction: (action: CardAction, index: number) => void;
}

/** One layer of the stack: what it is, its output shape and weights, its options, and the edits on it. */
export function LayerCard({ layer, index, count, disabled, problems, rows, dropBefore, onAction }: LayerCardProps) {
  const { t } = useT();
  const card = useRef<HTMLLIElement>(null);
  const titleId = useId();
  const title = t(`layer.${layer.kind}`);
  const position = index + 1;
  const name = t('layer.name', { position, layer: title });
  const params = rows.reduce((sum, row) => sum + row.params, 0);
  const width = rows.at(-1)?.outputShape[1];
  const stackProblems = problems.filter((p) => p.field === null);
  // Alt+Arrow moves the layer from any of its buttons, as the move buttons do.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!event.altKey || disabled || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || target.matches('input, select')) return;
    event.preventDefault();
    onAction(event.key === 'ArrowUp' ? 'up' : 'down', index);
  };
  const button = (action: CardAction, text: string, label: string, testId: string, off = false) => (
    <button type="button" className="secondary small" data-action={action} disabled={disabled || off} aria-label={label} data-testid={testId} onClick={() => onAction(action, index)}>
      {text}
    </button>
  );
  return (
    <li ref={card} className={`layer-card${dropBefore ? ' drop-before' : ''}`} data-testid="layer" data-kind={layer.kind} aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="layer-head">
        <span className="drag-handle" draggable={!disabled} aria-hidden="true" title={t('layer.drag')} data-testid={`drag-handle-${index}`} onDragStart={(event) => startLayerDrag(event, index, card.current)}>
          ⠿
        </span>
        <h3 id={titleId} className="layer-name">
          {t('layer.heading', { position, layer: title })}
        </h3>
        <span className="layer-shape">
          {/* The output shape as Keras writes it: None stands for any number of rows. */}
          → <span translate="no">(None, {width ?? '?'})</span> · {t('layer.weights', { count: params })}
        </span>
        <HelpToggle label={t('layer.whatDoes', { layer: title })} text={t(`help.layer.${layer.kind}`)} />
        <span className="layer-actions">
          {button('up', '↑', t('layer.moveUp', { name }), `move-up-${index}`, index === 0)}
          {button('down', '↓', t('layer.moveDown', { name }), `move-down-${index}`, index === count - 1)}
          {button('duplicate', t('layer.duplicate'), t('layer.duplicateLabel', { name }), `duplicate-layer-${index}`)}
          {button('remove', t('layer.remove'), t('layer.removeLabel', { layer: title, position }), `remove-layer-${index}`)}
        </span>
      </div>
      <div className="layer-options">
        <LayerOptions layer={layer} index={index} disabled={disabled} problems={problems} />
      </div>
      {stackProblems.map((problem) => (
        <p key={problem.message} className={`field-problem ${problem.severity}`}>
          <ProblemText problem={problem} withLayer={false} />
        </p>
      ))}
    </li>
  );
}
