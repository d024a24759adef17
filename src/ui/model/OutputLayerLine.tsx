import type { OutputSpec } from '../../core/model/spec';
import { useT } from '../../i18n/useT';

/** The output layer is set by the task, not edited; this line says what it is and why. */
export function OutputLayerLine({ output }: { output: OutputSpec }) {
  const { t } = useT();
  return (
    <p className="output-layer" data-testid="output-layer" data-units={output.units} data-activation={output.activation}>
      {t('output.line', { count: output.units, what: t(`output.${output.activation}`) })}
    </p>
  );
}
