import { LOCALE_TAGS } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { formatMetric } from '../shared/format';

/**
 * The translator with the figures of the Evaluate and Use steps, written as the person's locale
 * writes them; the full-precision values stay in `data-value`. Not-a-number reads "n/a".
 */
export interface Wording extends Translator {
  /** 0.613 → "61%"; shares under 10% keep one decimal (0.046 → "4.6%"). */
  share: (share: number) => string;
  /** Amounts in the person's own units: 1234.5 → "1,235", 0.1234 → "0.123". */
  amount: (value: number) => string;
  /** Short axis labels: 123456 → "123K" (in Chinese "12.3万"). */
  shortAmount: (value: number) => string;
  /** A threshold as the slider shows it: 0.237 → "0.237", 0.2 → "0.2". */
  threshold: (value: number) => string;
  /** A score with this many decimals: 0.91234 → "0.912". */
  fixed: (value: number, digits: number) => string;
  /** A metric with four decimals, as the metric cards show it. */
  metric: (value: number) => string;
  /** Class or column names in a sentence, quoted and joined: “a”, “b”, and “c” (“a”、“b”和“c”). */
  list: (names: readonly string[]) => string;
}

function createWording(translator: Translator): Wording {
  const { number, percent, t, locale } = translator;
  const figure =
    <Args extends unknown[]>(format: (value: number, ...args: Args) => string) =>
    (value: number, ...args: Args) =>
      Number.isFinite(value) ? format(value, ...args) : t('common.notAvailable');
  const lists = new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' });
  return {
    ...translator,
    share: figure((share) => percent(share, Math.abs(share) < 0.1 && share !== 0 ? 1 : 0)),
    amount: figure((value) => number(value, Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 })),
    shortAmount: figure((value) => number(value, { notation: 'compact', maximumSignificantDigits: 3 })),
    threshold: figure((value) => number(value, { minimumFractionDigits: 1, maximumFractionDigits: 3 })),
    fixed: figure((value, digits: number) => number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    metric: (value) => formatMetric(value, locale),
    list: (names) => lists.format(names.map((name) => `“${name}”`)),
  };
}

const wordings = new Map<Translator, Wording>();

/** The wording of one language; the same object for the same translator. */
export function wordingFor(translator: Translator): Wording {
  let wording = wordings.get(translator);
  if (!wording) {
    wording = createWording(translator);
    wordings.set(translator, wording);
  }
  return wording;
}
