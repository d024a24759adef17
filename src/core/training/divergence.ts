import type { Phrase } from '../text';
import type { TrainingSettings } from './settings';
import { trainingText, type TrainingTextId } from './texts';

/**
 * Training has diverged when its running loss exceeds both twice the untrained model's loss and this
 * many times the loss of a model that ignores its inputs. Cross-entropy is clipped, so a runaway
 * classifier's loss stays finite (it saturates near −log 1e-7 ≈ 16 on the rows it gets wrong):
 * waiting for NaN would never stop it. Healthy training, even with a high rate, stays below its start.
 */
const BASELINE_FACTOR = 4;
const START_FACTOR = 2;

export interface Divergence {
  epoch: number;
  /** `not-finite`: the loss became NaN or infinite; `exploded`: far above where it started. */
  reason: 'not-finite' | 'exploded';
  loss: number;
  /** The untrained model's loss. */
  startLoss: number;
}

/** The running loss above which training counts as diverged. */
export function divergenceLimit(startLoss: number, baselineLoss: number): number {
  return Math.max(START_FACTOR * startLoss, BASELINE_FACTOR * baselineLoss);
}

/** Whether a running training loss shows divergence, and how. */
export function checkDivergence(loss: number, limit: number): Divergence['reason'] | null {
  if (!Number.isFinite(loss)) return 'not-finite';
  return loss > limit ? 'exploded' : null;
}

/** The plain explanation and the fix, for the person training, as a phrase the page words in their language. */
export function divergenceMessage(divergence: Divergence, settings: Pick<TrainingSettings, 'learningRate'>, keptEpoch: number): Phrase<TrainingTextId> {
  const what =
    divergence.reason === 'not-finite'
      ? trainingText(Number.isNaN(divergence.loss) ? 'divergence.notANumber' : 'divergence.infinite')
      : trainingText('divergence.exploded', { loss: Number(divergence.loss.toFixed(2)), start: Number(divergence.startLoss.toFixed(2)) });
  const suggested = Number((settings.learningRate / 10).toPrecision(2));
  const kept = keptEpoch > 0 ? trainingText('divergence.keptEpoch', { epoch: keptEpoch }) : trainingText('divergence.keptStart');
  return trainingText('divergence.message', { epoch: divergence.epoch, what, rate: settings.learningRate, suggested, kept });
}
