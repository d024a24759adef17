import type { ColumnProfile, ColumnType } from '../../core/csv/profile';
import type { PlainKey } from '../../i18n/translate';
import type { Translator } from '../../i18n/translator';

/** A statistic as a person reads it: four significant digits, grouped as the locale groups them. */
export function formatStat(value: number | undefined, tr: Translator): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return Math.abs(value) >= 1e12 || (value !== 0 && Math.abs(value) < 1e-4) ? value.toExponential(2) : tr.number(value, { maximumSignificantDigits: 4 });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1e3)} KB`;
}

export function formatShare(part: number, whole: number): string {
  if (whole === 0 || part === 0) return '0%';
  const share = (part / whole) * 100;
  return share < 0.1 ? '<0.1%' : `${share < 10 ? share.toFixed(1) : Math.round(share)}%`;
}

export const TYPE_WORDS: Record<ColumnType, PlainKey> = {
  numeric: 'type.numeric',
  categorical: 'type.categorical',
  boolean: 'type.boolean',
  date: 'type.date',
  identifier: 'type.identifier',
  constant: 'type.constant',
  text: 'type.text',
};

const READ_ORDER = { ymd: 'values.read.ymd', dmy: 'values.read.dmy', mdy: 'values.read.mdy' } as const;

/** One line on what is in a column: its range, or its most frequent values (which stay as they are). */
export function describeValues(profile: ColumnProfile, role: string, tr: Translator): string {
  const { t } = tr;
  if (role === 'numeric' && profile.min !== undefined) {
    const unit = profile.unit === 'percent' ? t('values.percentUnit') : profile.unit === 'currency' ? t('values.currencyUnit') : '';
    const stat = (value: number | undefined) => formatStat(value, tr);
    return t('values.numeric', { min: stat(profile.min), max: stat(profile.max), mean: stat(profile.mean), std: stat(profile.std), unit });
  }
  if (role === 'date' && profile.date) return t('values.dates', { first: profile.date.first, last: profile.date.last, order: t(READ_ORDER[profile.date.order]) });
  const top = profile.top.slice(0, 3).map((c) => t('values.top', { value: c.value, count: c.count }));
  return top.length > 0 ? top.join(t('values.separator')) + (profile.distinct > 3 ? t('values.more') : '') : '–';
}
