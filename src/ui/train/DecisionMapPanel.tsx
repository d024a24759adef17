import { useMemo } from 'react';
import { summariseMap, type DecisionMap } from '../../core/teaching/map';
import { classColour, cssColour } from '../../core/teaching/pixels';
import type { PlaneProblem } from '../../core/teaching/plane';
import { LOCALE_TAGS } from '../../i18n/locales';
import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import type { Store } from '../../store/types';
import { MapCanvas } from './MapCanvas';
import { NeuronTiles } from './NeuronTiles';
import { useExpectedPlane } from './useExpectedPlane';
import './teaching.css';

const selectView = (s: Store) => s.decisionMap;

function useProblemText(problem: PlaneProblem): string {
  const { t, locale } = useT();
  switch (problem.reason) {
    case 'regression':
      return t('teaching.problem.regression');
    case 'input-count':
      return t('teaching.problem.inputCount', { count: problem.inputCount });
    case 'not-numeric':
      return t('teaching.problem.notNumeric', { columns: new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(problem.columns) });
  }
}

function Absent({ problem }: { problem: PlaneProblem }) {
  return (
    <p className="muted" data-testid="decision-map-absent" data-reason={problem.reason}>
      {useProblemText(problem)}
    </p>
  );
}

/** The map with its axes, legend and text equivalent, then the hidden neurons' maps. */
function MapView({ map }: { map: DecisionMap }) {
  const { t, number, percent, locale } = useT();
  const summary = useMemo(() => summariseMap(map), [map]);
  const when = map.final ? t('teaching.final', { epoch: map.epoch }) : t('teaching.epoch', { epoch: map.epoch });
  const tick = (value: number) => number(value, { maximumSignificantDigits: 3 });
  const areas = new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(
    map.classes.map((label, k) => t('teaching.area', { label, share: percent(summary.areaShares[k] ?? 0) })),
  );
  return (
    <div className="map-view">
      <figure className="map-figure">
        <div className="map-frame">
          <span className="map-axis-y" translate="no" data-column={map.y.name}>
            <span>{tick(map.y.max)}</span>
            <strong>{map.y.name}</strong>
            <span>{tick(map.y.min)}</span>
          </span>
          <MapCanvas map={map} label={t('teaching.canvas', { x: map.x.name, y: map.y.name, when })} describedBy="decision-map-summary" />
          <span className="map-axis-x" translate="no" data-column={map.x.name}>
            <span>{tick(map.x.min)}</span>
            <strong>{map.x.name}</strong>
            <span>{tick(map.x.max)}</span>
          </span>
        </div>
        <figcaption>
          <strong data-testid="decision-map-epoch">{when}</strong>
          <ul className="map-legend" aria-label={t('teaching.legend')}>
            {map.classes.map((label, k) => (
              <li key={label} className="map-key" data-class={label} translate="no">
                <span className="map-swatch" style={{ background: cssColour(classColour(k)) }} aria-hidden="true" />
                {label}
              </li>
            ))}
          </ul>
          <span className="muted">{t('teaching.legendNote')}</span>
          <span id="decision-map-summary" data-testid="decision-map-summary">
            {t('teaching.summary', { areas, inOwn: summary.pointsInOwnArea, points: summary.points, share: percent(summary.points > 0 ? summary.pointsInOwnArea / summary.points : 0) })}
          </span>
        </figcaption>
      </figure>
      <NeuronTiles map={map} />
    </div>
  );
}

/**
 * Step 3 for workshops (issue 8): when the model reads exactly two numeric columns, what it predicts
 * over their plane, redrawn while it trains, with each hidden neuron's map for small networks; for
 * other models, why there is no map.
 */
export function DecisionMapPanel() {
  const { t } = useT();
  const view = useStore(selectView);
  const expected = useExpectedPlane();
  const busy = isBusy(useTrainingStatus());
  // The worker's word for this run wins; before it speaks, the page's own reading of the columns.
  const shown = view ?? expected;
  if (!shown) return null;
  return (
    <section className="decision-map" aria-labelledby="decision-map-title" data-testid="decision-map-panel">
      <h3 id="decision-map-title">{t('teaching.title')}</h3>
      {'problem' in shown ? (
        <Absent problem={shown.problem} />
      ) : 'map' in shown ? (
        <>
          <p className="muted">
            {t('teaching.intro', { x: shown.map.x.name, y: shown.map.y.name })}
          </p>
          <MapView map={shown.map} />
        </>
      ) : (
        <p className="muted" data-testid="decision-map-waiting">
          {busy ? t('teaching.waiting') : t('teaching.before', { x: shown.columns[0], y: shown.columns[1] })}
        </p>
      )}
    </section>
  );
}
