import type { LayerPatch } from '../../core/model/edit';
import { hasDenseOptions, MAX_NOISE_STDDEV } from '../../core/model/options';
import type { HiddenLayerSpec } from '../../core/model/spec';
import type { LayerField, ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { ActivationSelect } from './ActivationSelect';
import { DenseFields } from './DenseFields';
import { Field } from './Field';
import { NumberField } from './NumberField';

export interface OptionsProps<L extends HiddenLayerSpec> {
  layer: L;
  index: number;
  disabled: boolean;
  problemFor: (field: LayerField) => ModelProblem | undefined;
  update: (patch: LayerPatch) => void;
}

/** The options of one layer, by kind; every control carries its help and its check's message. */
export function LayerOptions({ layer, index, disabled, problems }: { layer: HiddenLayerSpec; index: number; disabled: boolean; problems: readonly ModelProblem[] }) {
  const { t, percent } = useT();
  const updateLayer = useStore((s) => s.updateLayer);
  const props = { index, disabled, problemFor: (field: LayerField) => problems.find((p) => p.field === field), update: (patch: LayerPatch) => updateLayer(index, patch) };
  if (hasDenseOptions(layer)) return <DenseFields layer={layer} {...props} />;
  switch (layer.kind) {
    case 'dropout':
      return (
        <Field label={t('option.rate')} help={t('help.option.rate', { rate: percent(layer.rate) })} problem={props.problemFor('rate')}>
          {(control) => <NumberField {...control} min={0} max={0.95} step={0.05} value={layer.rate} disabled={disabled} data-testid={`layer-rate-${index}`} onValue={(rate) => props.update({ rate })} />}
        </Field>
      );
    case 'gaussianNoise':
      return (
        <Field label={t('option.stddev')} help={t('help.option.stddev', { stddev: layer.stddev })} problem={props.problemFor('stddev')}>
          {(control) => <NumberField {...control} min={0} max={MAX_NOISE_STDDEV} step={0.05} value={layer.stddev} disabled={disabled} data-testid={`layer-stddev-${index}`} onValue={(stddev) => props.update({ stddev })} />}
        </Field>
      );
    case 'activation':
      return <ActivationSelect value={layer.activation} index={index} disabled={disabled} problem={props.problemFor('activation')} onChange={(activation) => props.update({ activation })} />;
    case 'batchNormalization':
    case 'layerNormalization':
      return <p className="muted no-options">{t('layer.noOptions')}</p>;
  }
}
