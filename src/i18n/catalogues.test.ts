import { describe, expect, it } from 'vitest';
import { CORE_TEXTS } from '../core/texts';
import { HIDDEN_ACTIVATIONS, KERNEL_INITIALIZERS, LAYER_KINDS } from '../core/model/options';
import { MODEL_PRESETS } from '../core/model/presets';
import { LOCALES } from './locales';
import { en } from './messages/en';
import { app } from './messages/en/app';
import { columns } from './messages/en/columns';
import { data } from './messages/en/data';
import { evaluate } from './messages/en/evaluate';
import { exporting } from './messages/en/export';
import { help } from './messages/en/help';
import { model } from './messages/en/model';
import { predict } from './messages/en/predict';
import { project } from './messages/en/project';
import { teaching } from './messages/en/teaching';
import { workshop } from './messages/en/workshop';
import { faults } from './messages/en/faults';
import { train } from './messages/en/train';
import type { Message } from './messages/types';
import { zh } from './messages/zh';
import { translate, type MessageKey } from './translate';

const forms = (message: Message | undefined): string[] => (message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message | undefined) => [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
const keys = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('take the same {placeholders} per key in both languages', () => {
    const differing = keys.filter((key) => placeholders(en[key]).join() !== placeholders(zh[key]).join());
    expect(differing).toEqual([]);
  });

  it('lose no key to another part of the catalogue with the same name', () => {
    const parts = [app, data, columns, model, help, evaluate, predict, exporting, project, faults, teaching, workshop, train, CORE_TEXTS];
    expect(parts.reduce((sum, part) => sum + Object.keys(part).length, 0)).toBe(keys.length);
  });

  it('give plural messages a {count} and an "other" form', () => {
    for (const key of keys) {
      const message = en[key] as Message;
      if (typeof message !== 'string') expect(placeholders(message), key).toContain('count');
    }
  });

  it('leave no Chinese message in English', () => {
    // Messages that are only placeholders and symbols, or a name kept in Chinese UIs too.
    const same = keys.filter((key) => en[key] === zh[key] && /[A-Za-z]{3}/.test(forms(en[key]).join(' ').replace(/\{\w+\}/g, '')));
    const kept = ['layer.dropout', ...['auc', 'pr_auc', 'mae', 'rmse', 'mape'].map((key) => `evaluate.metric.${key}`), 'evaluate.importance.auc'];
    expect(same.sort()).toEqual(kept.sort());
  });

  it('keep in Latin letters only names that Chinese UIs keep too', () => {
    const kept = new Set<string>([
      // Keras identifiers, shown as the selects offer them.
      ...HIDDEN_ACTIVATIONS,
      ...KERNEL_INITIALIZERS,
      'softmax',
      // The product, formats and tools by their own names, the Ctrl key, Dropout as Chinese texts call it, Keras's None.
      ...['Layerlab', 'CSV', 'ONNX', 'Keras', 'TensorFlow', 'Node', 'Python', 'Ctrl', 'Dropout', 'None'],
      // The sample data sets' names and their R package.
      ...['MLC', 'palmerpenguins', 'modeldata'],
      // Metrics by the abbreviations Chinese analytics products show (ROC AUC, MAE…).
      ...['ROC', 'AUC', 'MAE', 'RMSE', 'MAPE'],
      // Training: optimizers and tfjs backends by their own names, the engines and chips they run on, tfjs-vis.
      ...['Adam', 'SGD', 'RMSprop', 'wasm', 'webgl', 'webgpu', 'cpu', 'SIMD', 'WebAssembly', 'JavaScript', 'GPU', 'CPU', 'tfjs', 'vis'],
      // Files that are not a CSV, by the names of their formats and of the programs that save them as CSV (CSV UTF-8 in
      // Excel's menu, LibreOffice Calc, Apple Numbers), the Windows-1252 encoding, and the HTTP status of a sample that did not load.
      ...['UTF', 'Windows', 'ZIP', 'PNG', 'JPEG', 'GIF', 'PDF', 'Excel', 'LibreOffice', 'Calc', 'Apple', 'Numbers', 'HTTP'],
      // Saved layer stacks and project settings are JSON, named as such when they are not valid.
      'JSON',
    ]);
    const latin = keys.flatMap((key) =>
      forms(zh[key])
        .flatMap((text) => text.replace(/\{\w+\}/g, '').replace(/[\w-]*\.(json|bin|onnx|mjs|py|zip|xlsx?|ods)\b/g, '').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
        .filter((word) => /[A-Za-z]{3}/.test(word) && !kept.has(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(latin).toEqual([]);
  });

  it.each(LOCALES)('cover every layer kind, activation, initializer and preset in %s', (locale) => {
    for (const kind of LAYER_KINDS) expect(translate(locale, `help.layer.${kind}`).length, kind).toBeGreaterThan(20);
    for (const kind of LAYER_KINDS) expect(translate(locale, `layer.${kind}`), kind).toBeTruthy();
    for (const name of HIDDEN_ACTIVATIONS) expect(translate(locale, `help.activation.${name}`), name).toContain(name === 'hardSigmoid' && locale === 'en' ? 'hard sigmoid' : name);
    for (const name of KERNEL_INITIALIZERS) expect(translate(locale, `help.initializer.${name}`), name).toBeTruthy();
    for (const preset of MODEL_PRESETS) expect(translate(locale, `preset.${preset.id}.when`), preset.id).toBeTruthy();
  });
});

describe('the help', () => {
  it('speaks of the current value', () => {
    expect(translate('en', 'help.option.rate', { rate: '20%' })).toContain('switches off a random 20% of this layer’s outputs');
    expect(translate('zh', 'help.option.rate', { rate: '20%' })).toContain('随机关闭这一层 20% 的输出');
    expect(translate('en', 'help.option.units', { units: 48 })).toContain('48 numbers come out');
    expect(translate('en', 'help.option.activation', { detail: translate('en', 'help.activation.tanh') })).toContain('tanh squeezes');
  });
});
