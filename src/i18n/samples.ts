import type { Locale } from './locales';
import { SAMPLES_ZH } from './messages/zh/samples';

interface SampleText {
  id: string;
  title: string;
  description: string;
}

/** A built-in sample's name and description in this locale; the manifest's English where there is no translation. */
export function sampleText(locale: Locale, sample: SampleText): { title: string; description: string } {
  return (locale === 'zh' ? SAMPLES_ZH[sample.id] : undefined) ?? sample;
}
