import { useEffect, useRef } from 'react';
import type { DecisionMap } from '../../core/teaching/map';
import { classColour, cssColour, mapPixels } from '../../core/teaching/pixels';

/** The map's side on the page, in CSS pixels. */
const SIDE = 288;
const POINT_RADIUS = 3.5;

/**
 * The decision map on a canvas: the grid of cells scaled up (smoothed, so the boundary reads as a
 * curve), the training points on top. Redrawn only when a new map arrives (a few times a second at most).
 */
export function MapCanvas({ map, label, describedBy }: { map: DecisionMap; label: string; describedBy: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!canvas.current || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.current.width = Math.round(SIDE * ratio);
    canvas.current.height = Math.round(SIDE * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const cells = document.createElement('canvas');
    cells.width = map.cells;
    cells.height = map.cells;
    cells.getContext('2d')?.putImageData(new ImageData(mapPixels(map.probabilities, map.classes.length), map.cells, map.cells), 0, 0);
    context.imageSmoothingEnabled = true;
    context.drawImage(cells, 0, 0, SIDE, SIDE);
    const { x, y } = map;
    context.lineWidth = 1;
    // A dark ring keeps a point visible on the area of its own class, where the colours match.
    context.strokeStyle = '#1b2330';
    for (let i = 0; i < map.points.classIndex.length; i++) {
      const px = (((map.points.x[i] as number) - x.min) / (x.max - x.min)) * SIDE;
      const py = ((y.max - (map.points.y[i] as number)) / (y.max - y.min)) * SIDE;
      context.beginPath();
      context.arc(px, py, POINT_RADIUS, 0, 2 * Math.PI);
      context.fillStyle = cssColour(classColour(map.points.classIndex[i] as number));
      context.fill();
      context.stroke();
    }
  }, [map]);
  return (
    <canvas
      ref={canvas}
      className="map-canvas"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="decision-map"
      data-epoch={map.epoch}
      data-final={String(map.final)}
      style={{ width: SIDE, height: SIDE }}
    />
  );
}
