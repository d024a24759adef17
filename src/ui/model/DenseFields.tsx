import { useState } from 'react';
import { DEFAULT_KERNEL_INITIALIZER, KERNEL_INITIALIZERS, MAX_UNITS, type KernelInitializer } from '../../core/model/options';
import type { DenseLayerSpec, ResidualLayerSpec } from '../../core/model/spec';
import { useT } from '../../i18n/useT';
import { ActivationSelect } from './ActivationSelect';
import { Field } from './Field';
import type { OptionsProps } from './LayerOptions';
import { NumberField } from './NumberField';

/** Units and activation up front; initializer, regularisation and bias behind "More options". */
export function DenseFields({ layer, index, disabled, problemFor, update }: OptionsProps<DenseLayerSpec | ResidualLayerSpec>) {
  const { t } = useT();
  const customised = layer.kernelInitializer !== undefined || Boolean(layer.l1) || Boolean(layer.l2) || layer.useBias === false;
  const [open, setOpen] = useState(customised || (['kernelInitializer', 'l1', 'l2'] as const).some((f) => problemFor(f)));
  const initializer = layer.kernelInitializer ?? DEFAULT_KERNEL_INITIALIZER;
  // The help speaks of the strength set, or of "this number" while there is none.
  const strength = (value: number | undefined) => (value && value > 0 ? value : t('help.option.thisNumber'));
  return (
    <>
      <Field label={t('option.units')} help={t(layer.kind === 'residual' ? 'help.option.residualUnits' : 'help.option.units', { units: layer.units })} problem={problemFor('units')}>
        {(control) => <NumberField {...control} min={1} max={MAX_UNITS} step={1} value={layer.units} disabled={disabled} data-testid={`layer-units-${index}`} onValue={(units) => update({ units })} />}
      </Field>
      <ActivationSelect value={layer.activation} index={index} disabled={disabled} problem={problemFor('activation')} onChange={(activation) => update({ activation })} />
      <details className="more-options" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary data-testid={`layer-more-${index}`}>{t('option.more')}</summary>
        <div className="more-options-body">
          <Field label={t('option.initializer')} help={t('help.option.kernelInitializer', { detail: (KERNEL_INITIALIZERS as readonly string[]).includes(initializer) ? t(`help.initializer.${initializer}`) : '' })} problem={problemFor('kernelInitializer')}>
            {(control) => (
              <select {...control} value={initializer} disabled={disabled} data-testid={`layer-initializer-${index}`} onChange={(event) => update({ kernelInitializer: event.target.value as KernelInitializer })}>
                {KERNEL_INITIALIZERS.map((name) => (
                  <option key={name} value={name} title={t(`help.initializer.${name}`)}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('option.l1')} help={t('help.option.l1', { strength: strength(layer.l1) })} problem={problemFor('l1')}>
            {(control) => <NumberField {...control} min={0} max={1} step={0.0001} value={layer.l1 ?? 0} disabled={disabled} data-testid={`layer-l1-${index}`} onValue={(l1) => update({ l1 })} />}
          </Field>
          <Field label={t('option.l2')} help={t('help.option.l2', { strength: strength(layer.l2) })} problem={problemFor('l2')}>
            {(control) => <NumberField {...control} min={0} max={1} step={0.0001} value={layer.l2 ?? 0} disabled={disabled} data-testid={`layer-l2-${index}`} onValue={(l2) => update({ l2 })} />}
          </Field>
          <Field label={t('option.bias')} help={t('help.option.useBias')}>
            {(control) => (
              <input {...control} type="checkbox" checked={layer.useBias ?? true} disabled={disabled} data-testid={`layer-bias-${index}`} onChange={(event) => update({ useBias: event.target.checked })} />
            )}
          </Field>
        </div>
      </details>
    </>
  );
}
