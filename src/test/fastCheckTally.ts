import fc from 'fast-check';
import { TestRunner } from 'vitest';

declare module '@vitest/runner' {
  interface TaskMeta {
    /** Cases fast-check generated and checked in this test; summed over the run by fastCheckReporter.ts. */
    fastCheckCases?: number;
  }
}

/**
 * Every property test runs through here (a lint rule forbids `fc.assert` and `fc.check` in test files),
 * so that the number of generated cases is counted, not assumed: each test's count goes into its task
 * meta, which Vitest hands from the test worker to fastCheckReporter.ts, and that reporter prints the
 * total and fails a whole run that checked fewer than its minimum. On failure this throws what
 * `fc.assert` would: the counterexample, the seed to replay it, and the original error as `cause`.
 */
export function checkProperty<Ts>(property: fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>): Promise<void>;
export function checkProperty<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void;
export function checkProperty<Ts>(property: fc.IRawProperty<Ts>, params: fc.Parameters<Ts> = {}): Promise<void> | void {
  const test = TestRunner.getCurrentTest();
  if (!test) throw new Error('checkProperty must run inside a test, where its cases can be counted.');
  const reporter = (details: fc.RunDetails<Ts>): void => {
    test.meta.fastCheckCases = (test.meta.fastCheckCases ?? 0) + details.numRuns;
    if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
  };
  return fc.assert(property, { ...params, reporter });
}
