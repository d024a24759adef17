import type { ColumnProfile, ColumnType } from '../../core/csv/profile';

const grouped = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });

/** A statistic as a person reads it: four significant digits, grouped thousands. */
export function formatStat(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return Math.abs(value) >= 1e12 || (value !== 0 && Math.abs(value) < 1e-4) ? value.toExponential(2) : grouped.format(value);
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

export const TYPE_WORDS: Record<ColumnType, string> = {
  numeric: 'number',
  categorical: 'category',
  boolean: 'yes/no',
  date: 'date',
  identifier: 'identifier',
  constant: 'constant',
  text: 'free text',
};

/** One line on what is in a column: its range, or its most frequent values. */
export function describeValues(profile: ColumnProfile, role: string): string {
  if (role === 'numeric' && profile.min !== undefined) {
    const unit = profile.unit === 'percent' ? ' (in %, 12% read as 12)' : profile.unit === 'currency' ? ' (amounts, currency signs dropped)' : '';
    return `${formatStat(profile.min)} to ${formatStat(profile.max)}, mean ${formatStat(profile.mean)}, std ${formatStat(profile.std)}${unit}`;
  }
  if (role === 'date' && profile.date) return `${profile.date.first} to ${profile.date.last} (read ${profile.date.order === 'ymd' ? 'year-first' : profile.date.order === 'dmy' ? 'day-first' : 'month-first'})`;
  const top = profile.top.slice(0, 3).map((c) => `${c.value} (${c.count.toLocaleString('en')})`);
  return top.length > 0 ? top.join(', ') + (profile.distinct > 3 ? ', …' : '') : '–';
}
