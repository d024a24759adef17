/** Number formats for sentences a person reads; the full-precision values stay in `data-value`. */
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const threeDigits = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

/** 0.613 → "61%"; shares under 10% keep one decimal (0.046 → "4.6%"). */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  const value = share * 100;
  return `${Math.abs(value) < 10 && value !== 0 ? value.toFixed(1) : whole.format(value)}%`;
}

/** Amounts in the person's own units: 1234.5 → "1,235", 0.1234 → "0.123". */
export function amount(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 100 ? whole.format(value) : threeDigits.format(value);
}

/** Short axis labels: 123456 → "123K". */
export function shortAmount(value: number): string {
  return Number.isFinite(value) ? compact.format(value) : 'n/a';
}

/** A threshold as the slider shows it: 0.237 → "0.237". */
export function thresholdText(threshold: number): string {
  return threshold.toFixed(3).replace(/0{1,2}$/, '');
}

/** Class names in sentences: quoted, so "yes" or an odd column value reads as a value. */
export const quoted = (text: string) => `“${text}”`;
