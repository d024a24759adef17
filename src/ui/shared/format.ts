const integer = new Intl.NumberFormat('en');

export const formatCount = (value: number) => integer.format(value);

/** Metrics shown with four significant decimals; the full value stays in `data-value`. */
export function formatMetric(value: number): string {
  return Number.isFinite(value) ? (Math.abs(value) >= 1000 ? integer.format(Math.round(value)) : value.toFixed(4)) : 'n/a';
}
