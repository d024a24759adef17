import { sampleText } from '../../i18n/samples';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/**
 * The name of what was loaded, as the page shows it: a built-in sample by its title in the person's
 * language, a file by its own name (data is never translated).
 */
export function useSourceName(source: string | null | undefined): string | undefined {
  const { locale } = useT();
  const samples = useStore((s) => s.samples);
  const sample = samples.find((s) => s.title === source);
  return sample ? sampleText(locale, sample).title : (source ?? undefined);
}
