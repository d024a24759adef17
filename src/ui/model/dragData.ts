import type { DragEvent } from 'react';
import { LAYER_KINDS } from '../../core/model/options';
import type { LayerKind } from '../../core/model/spec';

/**
 * What is being dragged into the layer list: a new layer from the palette, or an existing layer being
 * moved. Custom MIME types let `dragover` tell them apart (the data itself is readable only on drop).
 */
const KIND_TYPE = 'application/x-layerlab-kind';
const LAYER_TYPE = 'application/x-layerlab-layer';

export type DragPayload = { kind: LayerKind } | { from: number };

export function startKindDrag(event: DragEvent, kind: LayerKind): void {
  event.dataTransfer.setData(KIND_TYPE, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

export function startLayerDrag(event: DragEvent, index: number, card: Element | null): void {
  event.dataTransfer.setData(LAYER_TYPE, String(index));
  event.dataTransfer.effectAllowed = 'move';
  if (card) event.dataTransfer.setDragImage(card, 16, 16);
}

export function isLayerDrag(event: DragEvent): boolean {
  const types = Array.from(event.dataTransfer.types);
  return types.includes(KIND_TYPE) || types.includes(LAYER_TYPE);
}

export function readDrag(event: DragEvent): DragPayload | null {
  const kind = event.dataTransfer.getData(KIND_TYPE);
  if ((LAYER_KINDS as readonly string[]).includes(kind)) return { kind: kind as LayerKind };
  const from = event.dataTransfer.getData(LAYER_TYPE);
  return /^\d+$/.test(from) ? { from: Number(from) } : null;
}

/** Where a drop at this height lands: before the first card whose middle is below the pointer. */
export function dropPosition(cards: readonly Element[], clientY: number): number {
  const index = cards.findIndex((card) => {
    const box = card.getBoundingClientRect();
    return clientY < box.top + box.height / 2;
  });
  return index === -1 ? cards.length : index;
}
