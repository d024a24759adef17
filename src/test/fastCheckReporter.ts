import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** The least number of fast-check cases a whole `vitest run` must check (issue #9: fuzzing). */
export const MIN_FAST_CHECK_CASES = 10_000;

/**
 * Adds up the fast-check cases every test recorded (src/test/fastCheckTally.ts), prints the total at the
 * end of the run, and fails a run of the whole suite that checked fewer than {@link MIN_FAST_CHECK_CASES}.
 * A run of some files only (`vitest run src/core/csv`) prints its total and is not held to the minimum.
 */
export default class FastCheckReporter implements Reporter {
  private vitest: Vitest | null = null;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  async onTestRunEnd(testModules: ReadonlyArray<TestModule>): Promise<void> {
    let cases = 0;
    let tests = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const counted = test.meta().fastCheckCases;
        if (counted === undefined) continue;
        cases += counted;
        tests++;
      }
    }
    const whole = await this.ranWholeSuite(testModules);
    const line = `fast-check: ${cases.toLocaleString('en')} generated cases in ${tests} property tests`;
    if (!whole) {
      console.log(`\n${line} (part of the suite; the minimum of ${MIN_FAST_CHECK_CASES.toLocaleString('en')} applies to a whole run)\n`);
    } else if (cases >= MIN_FAST_CHECK_CASES) {
      console.log(`\n${line} (minimum ${MIN_FAST_CHECK_CASES.toLocaleString('en')})\n`);
    } else {
      console.error(`\nFAILED ${line}: fewer than the minimum of ${MIN_FAST_CHECK_CASES.toLocaleString('en')}. Raise numRuns or add properties (see src/test/fastCheckTally.ts).\n`);
      process.exitCode = 1;
    }
  }

  /** Every test file was run, with no name filter: the count is the suite's. */
  private async ranWholeSuite(testModules: ReadonlyArray<TestModule>): Promise<boolean> {
    if (!this.vitest || this.vitest.config.testNamePattern) return false;
    const ran = new Set(testModules.map((module) => module.moduleId));
    const all = await this.vitest.globTestSpecifications();
    return all.every((specification) => ran.has(specification.moduleId));
  }
}
