import { describe, expect, it } from 'vitest';
import { phrase } from '../core/text';
import { english } from '../core/texts';
import { parseLocale, startLocale } from './locales';
import { phraseFor, translate, translatePhrase } from './translate';
import { translatorFor } from './translator';

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'data.summary', { rows: 5000, columns: 20 })).toBe('5,000 rows × 20 columns');
    expect(translate('zh', 'data.summary', { rows: 5000, columns: 20 })).toBe('5,000 行 × 20 列');
    expect(translate('en', 'help.option.stddev', { stddev: 0.1 + 0.2 })).toContain('of 0.3 to every value');
  });

  it('picks the plural form by {count}, and Chinese needs only one', () => {
    expect(translate('en', 'layer.weights', { count: 1 })).toBe('1 weight');
    expect(translate('en', 'layer.weights', { count: 2080 })).toBe('2,080 weights');
    expect(translate('zh', 'layer.weights', { count: 1 })).toBe('1 个权重');
    expect(translate('en', 'stack.cannotTrain', { count: 1 })).toBe('This stack cannot be trained until this problem is fixed:');
  });

  it('words a phrase from the core in each language, nested phrases included', () => {
    const excluded = phrase('check.excluded', { column: 'customer_id', reason: phrase('reason.uniqueId') });
    expect(english(excluded)).toBe('"customer_id" is left out: different in every row, like a name or an e-mail address.');
    expect(translatePhrase('en', excluded)).toBe(english(excluded));
    expect(translatePhrase('zh', excluded)).toBe('“customer_id”未被使用：每行都不同，类似姓名或电子邮箱地址。');
  });

  it('shows an unknown id in English, then as itself, rather than nothing', () => {
    expect(translatePhrase('zh', phrase('no.such.message'))).toBe('no.such.message');
    expect(translatePhrase('zh', phraseFor('error.unexpected', { detail: 'boom' }))).toBe('出了点问题：boom。你的工作已保留，请重试。');
  });

  it('formats percentages and plain text through the translator', () => {
    expect(translatorFor('zh').percent(0.141, 1)).toBe('14.1%');
    expect(translatorFor('en').say('as it is')).toBe('as it is');
    expect(translatorFor('en')).toBe(translatorFor('en'));
  });
});

describe('the starting language', () => {
  it('reads language tags', () => {
    expect(parseLocale('zh-Hans-CN')).toBe('zh');
    expect(parseLocale('en_GB')).toBe('en');
    expect(parseLocale('fr')).toBeNull();
  });

  it('prefers the address, then the remembered choice, then the browser, then English', () => {
    expect(startLocale('?lang=zh', 'en', ['en-US'])).toBe('zh');
    expect(startLocale('?lang=xx', 'zh', ['en-US'])).toBe('zh');
    expect(startLocale('', null, ['fr-FR', 'zh-CN'])).toBe('zh');
    expect(startLocale('', null, ['de'])).toBe('en');
  });
});
