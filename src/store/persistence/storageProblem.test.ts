import { describe, expect, it } from 'vitest';
import { translatePhrase } from '../../i18n/translate';
import { isQuotaError, StorageProblem } from './storageProblem';

describe('storage problems', () => {
  it('recognise a full quota by its standard name, Firefox older name and the legacy code', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('locked', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('say what to do when storage is full, in both languages', () => {
    const problem = new StorageProblem(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(problem.message).toMatch(/storage for Layerlab is full/);
    expect(problem.message).toMatch(/delete projects you no longer need.*free disk space.*Save project file/);
    expect(translatePhrase('zh', problem.text)).toMatch(/存储空间已满.*保存项目文件/);
  });

  it('pass on the reason of any other failure', () => {
    const problem = new StorageProblem(new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError'));
    expect(problem.message).toMatch(/could not be saved.*\(The operation failed for reasons unrelated to the database itself\.\)/);
  });
});
