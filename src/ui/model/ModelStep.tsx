import { useMemo, useRef } from 'react';
import { summarizeModel } from '../../core/model/summary';
import { checkModelSpec } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { Announcer } from './Announcer';
import { EditBar } from './EditBar';
import { LayerList } from './LayerList';
import { NetworkDiagram } from './NetworkDiagram';
import { OutputLayerLine } from './OutputLayerLine';
import { Palette } from './Palette';
import { PresetPicker } from './PresetPicker';
import { ProblemList } from './ProblemList';
import { SummaryTable } from './SummaryTable';
import { useModelContext } from './useModelContext';
import { useUndoShortcuts } from './useUndoShortcuts';
import './model.css';

/** Step 2: the layer stack, with its live summary, checks and diagram. */
export function ModelStep() {
  const { t } = useT();
  const spec = useStore((s) => s.spec);
  const context = useModelContext();
  const busy = isBusy(useTrainingStatus());
  const builder = useRef<HTMLDivElement>(null);
  useUndoShortcuts(builder, busy);
  const problems = useMemo(() => checkModelSpec(spec, context ?? undefined), [spec, context]);
  const summary = useMemo(() => (context ? summarizeModel(spec, context.inputDim, context.output) : null), [spec, context]);
  return (
    <Section step={2} title={t('model.title')} id="model">
      <Announcer>
        <div className="builder" ref={builder} data-testid="model-builder">
          <PresetPicker disabled={busy} />
          <div className="builder-main">
            <Palette disabled={busy} />
            <div className="builder-stack">
              <EditBar disabled={busy} />
              <p className="muted input-line">
                {context ? t('model.input', { count: context.inputDim }) : t('model.inputNone')}
              </p>
              <LayerList spec={spec} rows={summary?.rows ?? []} problems={problems} disabled={busy} />
              {spec.hidden.length === 0 && <p className="muted empty-stack">{t('model.empty')}</p>}
              {context && <OutputLayerLine output={context.output} />}
              <ProblemList problems={problems} />
            </div>
          </div>
          {summary && context && (
            <div className="builder-views">
              <div>
                <h3>{t('model.summaryTitle')}</h3>
                <p className="muted" data-testid="param-count" data-params={summary.totalParams}>
                  {t('model.paramCount', { total: summary.totalParams, trainable: summary.trainableParams })}
                </p>
                <SummaryTable summary={summary} />
              </div>
              <div>
                <h3>{t('model.diagramTitle')}</h3>
                <NetworkDiagram spec={spec} context={context} summary={summary} />
              </div>
            </div>
          )}
        </div>
      </Announcer>
    </Section>
  );
}
