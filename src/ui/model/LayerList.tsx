import { useRef, useState, type DragEvent } from 'react';
import type { ModelSpec } from '../../core/model/spec';
import type { SummaryRow } from '../../core/model/summary';
import type { ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { useAnnounce } from './Announcer';
import { dropPosition, isLayerDrag, readDrag } from './dragData';
import { LayerCard, type CardAction } from './LayerCard';

interface LayerListProps {
  spec: ModelSpec;
  rows: readonly SummaryRow[];
  problems: readonly ModelProblem[];
  disabled: boolean;
}

/**
 * The stack of layer cards, from input to output. Layers move by dragging their handle, by the ↑/↓
 * buttons or by Alt+Arrow keys; palette items can be dropped between cards. After a keyboard move the
 * focus follows the layer, and every edit is announced.
 */
export function LayerList({ spec, rows, problems, disabled }: LayerListProps) {
  const { t } = useT();
  const list = useRef<HTMLOListElement>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  // Actions never change, so reading them once does not miss an update.
  const { moveLayer, duplicateLayer, removeLayer, addLayer } = useStore.getState();
  const announce = useAnnounce();
  const count = spec.hidden.length;
  const titleOf = (index: number) => t(`layer.${spec.hidden[index]?.kind ?? 'dense'}`);

  /** Puts the focus on the same control of the card now at `index` (the card itself if that control is disabled). */
  const focusCard = (index: number, action: CardAction | null) => {
    requestAnimationFrame(() => {
      const cards = list.current?.children;
      const card = cards?.[Math.min(index, cards.length - 1)] as HTMLElement | undefined;
      const control = action ? card?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) : null;
      (control && !control.disabled ? control : (card ?? list.current))?.focus();
    });
  };

  const move = (from: number, to: number, focus: CardAction | null) => {
    if (to < 0 || to >= count || to === from) return;
    moveLayer(from, to);
    announce(t('stack.moved', { layer: titleOf(from), position: to + 1, count }));
    if (focus) focusCard(to, focus);
  };

  const onAction = (action: CardAction, index: number) => {
    if (action === 'up' || action === 'down') return move(index, action === 'up' ? index - 1 : index + 1, action);
    if (action === 'duplicate') {
      duplicateLayer(index);
      return announce(t('stack.duplicated', { layer: titleOf(index), position: index + 2 }));
    }
    removeLayer(index);
    announce(t('stack.removed', { layer: titleOf(index), position: index + 1 }));
    focusCard(index, null);
  };

  const cards = () => Array.from(list.current?.children ?? []);
  const onDragOver = (event: DragEvent) => {
    if (disabled || !isLayerDrag(event)) return;
    event.preventDefault();
    setDropAt(dropPosition(cards(), event.clientY));
  };
  const onDrop = (event: DragEvent) => {
    const payload = readDrag(event);
    const at = dropPosition(cards(), event.clientY);
    setDropAt(null);
    if (disabled || !payload) return;
    event.preventDefault();
    if ('kind' in payload) {
      addLayer(payload.kind, at);
      announce(t('stack.added', { layer: t(`layer.${payload.kind}`), position: Math.min(at, count) + 1 }));
    } else move(payload.from, at > payload.from ? at - 1 : at, null);
  };

  return (
    <ol
      ref={list}
      className={`layer-list${dropAt === count ? ' drop-end' : ''}`}
      data-testid="layer-list"
      aria-label={t('stack.label')}
      tabIndex={-1}
      onDragOver={onDragOver}
      onDragLeave={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setDropAt(null)}
      onDrop={onDrop}
    >
      {spec.hidden.map((layer, index) => (
        <LayerCard
          // A layer has no identity beyond its place and kind in the stack, so those are its key.
          key={`${index}:${layer.kind}`}
          layer={layer}
          index={index}
          count={count}
          disabled={disabled}
          problems={problems.filter((p) => p.layerIndex === index)}
          rows={rows.filter((row) => row.specIndex === index)}
          dropBefore={dropAt === index}
          onAction={onAction}
        />
      ))}
    </ol>
  );
}
