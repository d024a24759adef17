import { describe, expect, it } from 'vitest';
import { translatePhrase } from '../i18n/translate';
import { SampleListProblem } from './sampleListProblem';

describe('a sample list that did not load', () => {
  it('is said in either language, with the HTTP status as it is', () => {
    const problem = new SampleListProblem(404);
    expect(problem.message).toBe('The list of sample data sets could not be loaded (HTTP 404). Reload the page to try again, or load a CSV file of your own.');
    expect(translatePhrase('zh', problem.text)).toBe('无法加载示例数据集列表（HTTP 404）。请重新加载页面再试，或加载你自己的 CSV 文件。');
    expect(new SampleListProblem(1503).message).toContain('(HTTP 1503)');
  });
});
