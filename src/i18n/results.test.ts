import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS } from '../core/csv/cells';
import { parseCsvText } from '../core/csv/parse';
import { profileStore } from '../core/csv/profile';
import { columnOf } from '../core/csv/table';
import { storeFromTable } from '../core/csv/tableStore';
import { encodeFeatures } from '../core/dataset/encode';
import { DEFAULT_PLAN } from '../core/dataset/plan';
import { featureColumns, fitPreprocessing } from '../core/dataset/preprocessing';
import type { TargetInfo } from '../core/dataset/target';
import { wordingFor } from '../ui/evaluate/wording';
import { wordNote } from '../ui/predict/rowNotes';
import { translate } from './translate';
import { translatorFor } from './translator';
import { withElements } from './withElements';

const en = translatorFor('en');
const zh = translatorFor('zh');

/** The notes the core writes for one row of each kind of trouble: every input column is unreadable, unknown or absent. */
function coreNotes(): { notes: string[]; columns: string[] } {
  const lines = ['amount,plan,member,signup,bought'];
  for (let i = 0; i < 120; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push([String(i * 3.5), ['basic', 'plus', 'pro'][i % 3], i % 2 ? 'yes' : 'no', `2023-03-${day}`, i % 3 ? 'yes' : 'no'].join(','));
  }
  const store = storeFromTable(parseCsvText(lines.join('\n')));
  const profiles = profileStore(store);
  const target: TargetInfo = { name: 'bought', task: 'binary', classes: ['no', 'yes'], positiveClass: 'yes', problem: null, problemText: null };
  const rows = Array.from({ length: store.rowCount }, (_, i) => i);
  const pre = fitPreprocessing(store, featureColumns(profiles, 'bought', DEFAULT_PLAN), target, rows, MISSING_TOKENS, DEFAULT_PLAN, profiles);
  const scored = parseCsvText('amount,plan,member,signup\nlots,platinum,maybe,someday');
  const columns = pre.inputs.map((input) => input.name);
  const lookup = (name: string) => (name === 'member' ? undefined : columnOf(scored, name));
  const first = encodeFeatures(pre, lookup, [0], true).notes?.[0] ?? [];
  const second = encodeFeatures(pre, (name) => columnOf(scored, name), [0], true).notes?.[0] ?? [];
  return { notes: [...first, ...second.filter((note) => note.startsWith('member'))], columns };
}

describe('the notes on a scored row', () => {
  const { notes, columns } = coreNotes();

  it('come from the core in every kind the page words', () => {
    expect(columns).toEqual(['amount', 'plan', 'member', 'signup']);
    expect(notes.join('\n')).toMatch(/is not a number[\s\S]*was not seen in training[\s\S]*column missing[\s\S]*is not a date[\s\S]*is not yes or no/);
  });

  it('read in English exactly as the core wrote them, and in Chinese with no English left', () => {
    for (const note of notes) {
      expect(wordNote(en.t, note, columns)).toBe(note);
      expect(wordNote(zh.t, note, columns), note).not.toMatch(/is not|seen|missing|filled/);
    }
    expect(wordNote(zh.t, 'plan: "platinum" was not seen in training', columns)).toBe('plan：“platinum”在训练数据中没有出现过');
    expect(wordNote(zh.t, 'amount: "lots" is not a number, used 210', columns)).toBe('amount：“lots”不是数字，已改用 210');
  });

  it('are shown as they are when the page does not know them', () => {
    expect(wordNote(zh.t, 'elsewhere: something new', columns)).toBe('elsewhere: something new');
  });
});

describe('the figures of the Evaluate and Use steps', () => {
  it('are written as each locale writes them', () => {
    const english = wordingFor(en);
    const chinese = wordingFor(zh);
    expect([english.share(0.613), english.share(0.046), english.share(Number.NaN)]).toEqual(['61%', '4.6%', 'n/a']);
    expect([english.threshold(0.2), english.threshold(0.237), english.threshold(1)]).toEqual(['0.2', '0.237', '1.0']);
    expect([english.amount(1234.5), english.amount(0.1234), english.fixed(0.91234, 3)]).toEqual(['1,235', '0.123', '0.912']);
    expect([english.shortAmount(123456), chinese.shortAmount(123456)]).toEqual(['123K', '12.3万']);
    expect([english.list(['a', 'b', 'c']), chinese.list(['a', 'b', 'c'])]).toEqual(['“a”, “b”, and “c”', '“a”、“b”和“c”']);
    expect(chinese.share(Number.NaN)).toBe('无');
    expect(wordingFor(zh)).toBe(chinese);
  });

  it('make the marketer’s sentence in both languages', () => {
    const values = { share: '20%', reached: '61%', positive: 'yes', lift: '3.1' };
    expect(translate('en', 'evaluate.gains.sentence', values)).toBe(
      'Contact the top 20% of rows by the model’s score and you reach 61% of all “yes” cases: 3.1 times as many as contacting 20% at random.',
    );
    expect(translate('zh', 'evaluate.gains.sentence', values)).toBe('按模型得分联系前 20% 的行，可覆盖全部“yes”中的 61%：是随机联系 20% 的 3.1 倍。');
  });

  it('put elements where each language puts them', () => {
    const parts = withElements({ threshold: 'ELEMENT' }, (marks) => zh.t('evaluate.threshold.slider', { positive: 'yes', ...marks }));
    expect(parts.map((part) => (typeof part === 'string' ? part : 'element'))).toEqual(['概率不低于 ', 'element', ' 时标记为“yes”']);
  });
});
