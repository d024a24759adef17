import { sampleText } from '../../i18n/samples';
import { useT } from '../../i18n/useT';
import type { SampleInfo } from '../../store/samples';
import { useStore } from '../../store/store';

export function SamplePicker() {
  const { t, locale } = useT();
  const samples = useStore((s) => s.samples);
  const pickSample = useStore((s) => s.pickSample);
  if (samples.length === 0) return null;
  const option = (sample: SampleInfo) => {
    const text = sampleText(locale, sample);
    return (
      <option key={sample.id} value={sample.id} title={text.description}>
        {text.title}
      </option>
    );
  };
  // The 2-D teaching sets are listed apart: picked for a workshop, not for a business question.
  const teaching = samples.filter((sample) => sample.group === 'teaching');
  return (
    <label className="field">
      <span>{t('data.sampleLabel')}</span>
      <select
        data-testid="sample-select"
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) void pickSample(event.target.value);
        }}
      >
        <option value="" disabled>
          {t('data.sampleChoose')}
        </option>
        {samples.filter((sample) => sample.group !== 'teaching').map(option)}
        {teaching.length > 0 && <optgroup label={t('teaching.sampleGroup')}>{teaching.map(option)}</optgroup>}
      </select>
    </label>
  );
}
