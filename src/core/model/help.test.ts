import { describe, expect, it } from 'vitest';
import { ACTIVATION_HELP, INITIALIZER_HELP, LAYER_HELP, LAYER_TITLES, OPTION_HELP } from './help';
import { HIDDEN_ACTIVATIONS, KERNEL_INITIALIZERS, LAYER_KINDS } from './options';

describe('help texts', () => {
  it('cover every layer kind, activation and initializer', () => {
    for (const kind of LAYER_KINDS) expect(LAYER_HELP[kind].length, kind).toBeGreaterThan(40);
    for (const kind of LAYER_KINDS) expect(LAYER_TITLES[kind], kind).toBeTruthy();
    for (const name of HIDDEN_ACTIVATIONS) expect(ACTIVATION_HELP[name], name).toBeTruthy();
    for (const name of KERNEL_INITIALIZERS) expect(INITIALIZER_HELP[name], name).toBeTruthy();
  });

  it('speak of the current value', () => {
    expect(OPTION_HELP.rate(0.2)).toContain('switches off a random 20% of this layer’s outputs');
    expect(OPTION_HELP.units(48)).toContain('48 numbers come out');
    expect(OPTION_HELP.activation('tanh')).toContain('tanh squeezes');
  });
});
