import { useT } from '../../i18n/useT';
import { useDataset } from '../../store/hooks';
import { useStore } from '../../store/store';
import { CategoryBars, HistogramChart } from './ColumnChart';

/** What the model will learn to predict: how often each class occurs, or how the amounts spread. */
export function ClassBalance() {
  const { t } = useT();
  const dataset = useDataset();
  const target = useStore((s) => s.target);
  const report = useStore((s) => s.dataCheck);
  const profile = dataset?.profiles.find((p) => p.name === target);
  if (!profile || !report || report.target !== target) return null;
  if (report.classBalance) {
    return (
      <figure className="class-balance" data-testid="class-balance">
        <figcaption>{t('balance.classes', { column: profile.name })}</figcaption>
        <CategoryBars counts={report.classBalance} total={report.usableRows} limit={10} testId="class-balance-bars" />
      </figure>
    );
  }
  if (!profile.histogram) return null;
  return (
    <figure className="class-balance" data-testid="class-balance">
      <figcaption>{t('balance.distribution', { column: profile.name })}</figcaption>
      <HistogramChart histogram={profile.histogram} label={t('chart.distribution', { column: profile.name })} />
    </figure>
  );
}
