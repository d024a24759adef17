import { UserError } from '../core/errors';
import { phrase } from '../core/text';
import { trainingText } from '../core/training/texts';
import { chooseFastestBackend, fallbackOrder } from './backendChoice';
import type { BackendDecision, BackendName, TrainConfig, WorkerText } from './protocol';
import type { SessionEnvironment } from './session';

export interface BackendPlanArgs {
  config: TrainConfig;
  env: SessionEnvironment;
  requestId: number;
  /** Choices measured in this worker's life, by model-size key. */
  decisions: Map<string, BackendDecision>;
  /** The key of this model's size (see modelSizeKey). */
  sizeKey: string;
  /** Times a few training steps of this model on the current backend. */
  measure: () => Promise<number>;
}

const plainMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Which backend trains this model: the one in the address or picked in the UI, else the fastest by
 * measurement (measured once per model size and remembered by the page), and which one takes over
 * when it fails to start or fails mid-training.
 */
export class BackendPlan {
  private readonly failed: BackendName[] = [];
  private decision: BackendDecision | null = null;
  /** Why the current backend trains, as last announced. */
  reason: WorkerText = '';

  constructor(private readonly args: BackendPlanArgs) {}

  /** Switches to the backend to start on; says which and why. */
  async start(): Promise<BackendName> {
    const { config, env } = this.args;
    if (config.backend !== 'auto') {
      if (await env.switchBackend(config.backend)) return this.announce(config.backend, trainingText('backend.chosenByYou', { backend: await env.describeBackend(config.backend) }));
      throw new UserError('backend-unavailable', phrase('failure.backendUnavailable', { backend: config.backend, parameter: `?backend=${config.backend}` }));
    }
    this.decision = await this.measuredDecision();
    if (await env.switchBackend(this.decision.backend)) return this.announce(this.decision.backend, this.decision.reason);
    return this.fallBack(this.decision.backend, new Error('it did not start'), 0);
  }

  /** After `current` failed: switches to the next fastest that starts, with a notice; a UserError when none does. */
  async fallBack(current: BackendName, error: unknown, resumeAfterEpoch: number): Promise<BackendName> {
    const { env, requestId } = this.args;
    this.failed.push(current);
    for (const next of fallbackOrder(this.failed, env.candidateBackends(), this.decision)) {
      if (!(await env.switchBackend(next))) {
        this.failed.push(next);
        continue;
      }
      const from = resumeAfterEpoch > 0 ? trainingText('training.notice.fromEpoch', { epoch: resumeAfterEpoch }) : trainingText('training.notice.fromStart');
      env.post({ type: 'trainingNotice', requestId, message: trainingText('training.notice.fellBack', { failed: current, error: plainMessage(error), next, from }) });
      return this.announce(next, trainingText('backend.takingOver', { backend: await env.describeBackend(next), failed: current }));
    }
    throw new UserError('backend-failed', phrase('failure.backendFailed', { backend: current, error: plainMessage(error) }));
  }

  private announce(backend: BackendName, reason: WorkerText): BackendName {
    this.reason = reason;
    this.args.env.post({ type: 'trainingPhase', requestId: this.args.requestId, phase: 'training', backend, detail: '', backendReason: reason });
    return backend;
  }

  private async measuredDecision(): Promise<BackendDecision> {
    const { config, env, requestId, decisions, sizeKey } = this.args;
    const known = decisions.get(sizeKey) ?? config.rememberedBackends?.[sizeKey];
    if (known && env.candidateBackends().includes(known.backend)) {
      decisions.set(sizeKey, known);
      return { ...known, reason: trainingText('backend.measuredEarlier', { reason: known.reason }) };
    }
    env.post({ type: 'trainingPhase', requestId, phase: 'preparing', backend: null, detail: trainingText('training.detail.measuring') });
    const decision = await chooseFastestBackend(env.candidateBackends(), env.switchBackend, this.args.measure, env.describeBackend);
    decisions.set(sizeKey, decision);
    env.post({ type: 'backendChosen', requestId, key: sizeKey, decision });
    return decision;
  }
}
