import { describe, expect, it } from 'vitest';
import { english } from '../core/texts';
import { divergenceMessage } from '../core/training/divergence';
import { DEFAULT_TRAINING, trainingSettingProblems } from '../core/training/settings';
import { trainingText } from '../core/training/texts';
import { translatePhrase } from './translate';

/** What the worker sends while training, as the page words it: the English the tests match, and Chinese. */
describe('the training worker’s texts', () => {
  const wasm = trainingText('backend.wasm', { simd: trainingText('backend.simd'), threads: trainingText('backend.threads', { count: 4 }) });

  it('name the backend and why, nested as the worker builds them', () => {
    const measured = trainingText('backend.measuredEarlier', { reason: trainingText('backend.faster', { backend: wasm, ratio: 3.4, runnerUp: 'webgl' }) });
    expect(english(measured)).toBe('wasm with SIMD, 4 threads: 3.4× faster than webgl on this device (measured earlier)');
    expect(translatePhrase('zh', measured)).toBe('wasm，支持 SIMD，4 个线程：在这台设备上比 webgl 快 3.4 倍（之前测得）');
    const moved = trainingText('backend.moved', { reason: trainingText('backend.chosenByYou', { backend: 'webgl' }), moved: 'wasm', trained: 'webgl' });
    expect(english(moved)).toBe('webgl, chosen by you; the trained model then moved to wasm, where evaluation, scoring and export (many small steps) run faster than on webgl');
    expect(translatePhrase('zh', moved)).toMatch(/^webgl，由你选择；训练好的模型随后移到了 wasm 上/);
  });

  it('say that a backend fell back, keeping the error text as it came', () => {
    const notice = trainingText('training.notice.fellBack', { failed: 'webgl', error: 'lost context', next: 'wasm', from: trainingText('training.notice.fromEpoch', { epoch: 2 }) });
    expect(english(notice)).toBe('The webgl backend failed (lost context); training continues on wasm from the end of epoch 2.');
    expect(translatePhrase('zh', notice)).toBe('webgl 计算后端出错（lost context）；训练在 wasm 上从第 2 轮结束处继续。');
  });

  it('explain a divergence with its figures, in either language', () => {
    const exploded = divergenceMessage({ epoch: 3, reason: 'exploded', loss: 41.237, startLoss: 0.6931 }, { learningRate: 10 }, 2);
    expect(english(exploded)).toBe(
      'Training diverged in epoch 3: the loss rose to 41.24, far above the 0.69 it started from. The learning rate (10) is too high for this data, so each step overshoots. Try 1 or lower and train again; the weights of epoch 2, the last good ones, are kept.',
    );
    expect(translatePhrase('zh', exploded)).toBe('训练在第 3 轮发散：损失升到了 41.24，远高于起始时的 0.69。学习率（10）对这份数据来说太高，每一步都迈得过头。请试试 1 或更低的值，再重新训练；保留了第 2 轮（最后一个良好的轮次）的权重。');
    const nan = divergenceMessage({ epoch: 1, reason: 'not-finite', loss: Number.NaN, startLoss: 0.7 }, { learningRate: 0.5 }, 0);
    expect(english(nan)).toBe(
      'Training diverged in epoch 1: the loss became not a number. The learning rate (0.5) is too high for this data, so each step overshoots. Try 0.05 or lower and train again; the starting weights are kept, as no epoch finished well.',
    );
    expect(translatePhrase('zh', nan)).not.toMatch(/[A-Za-z]/);
  });

  it('refuse settings that cannot train, in plain words in either language', () => {
    const settings = { ...DEFAULT_TRAINING, batchSize: 0, learningRate: 5000, seed: 1.5 };
    expect(trainingSettingProblems(settings).map(english)).toEqual([
      'Batch size must be a whole number from 1 to 65,536.',
      'The learning rate must be above 0 and at most 1,000 (0.001 is a good start for Adam).',
      'The seed must be a whole number.',
    ]);
    expect(trainingSettingProblems(settings).map((problem) => translatePhrase('zh', problem))).toEqual([
      '批次大小必须是 1 到 65,536 之间的整数。',
      '学习率必须大于 0 且不超过 1,000（对 Adam 来说，0.001 是不错的起点）。',
      '随机种子必须是整数。',
    ]);
    expect(trainingSettingProblems(DEFAULT_TRAINING)).toEqual([]);
  });
});
