import { useT } from '../../i18n/useT';
import { useTargetInfo } from '../../store/hooks';
import { useStore } from '../../store/store';
import './workshop.css';

/** The presenter view's large read-out of the run: epoch, losses and the validation metric, legible from the back of a room. */
export function KeyFigures() {
  const { t, number } = useT();
  const presenter = useStore((s) => s.presenter);
  const history = useStore((s) => s.history);
  const live = useStore((s) => s.live);
  const epochs = useStore((s) => s.settings.epochs);
  const regression = useTargetInfo()?.task === 'regression';
  if (!presenter) return null;
  const last = history[history.length - 1];
  const running = live && live.epoch > (last?.epoch ?? 0) ? live : null;
  const figure = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : number(value, { maximumFractionDigits: 4 }));
  return (
    <div className="key-figures" role="group" aria-label={t('workshop.figures.label')} data-testid="presenter-figures" data-epoch={last?.epoch ?? 0}>
      <dl>
        <div>
          <dt>{t('workshop.figures.epoch')}</dt>
          <dd>
            {running?.epoch ?? last?.epoch ?? 0} <small>{t('workshop.figures.ofEpochs', { epochs })}</small>
          </dd>
          {running && <dd className="key-detail">{t('workshop.figures.batch', { batch: running.step, batches: running.steps })}</dd>}
        </div>
        <div>
          <dt>{t('workshop.figures.loss')}</dt>
          <dd data-testid="presenter-loss">{figure(last?.loss)}</dd>
        </div>
        <div>
          <dt>{t('workshop.figures.valLoss')}</dt>
          <dd>{figure(last?.valLoss)}</dd>
        </div>
        <div>
          <dt>{t(regression ? 'workshop.figures.mae' : 'workshop.figures.accuracy')}</dt>
          <dd>{figure(last?.valMetric)}</dd>
        </div>
      </dl>
    </div>
  );
}
