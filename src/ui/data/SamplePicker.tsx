import { sampleText } from '../../i18n/samples';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

export function SamplePicker() {
  const { t, locale } = useT();
  const samples = useStore((s) => s.samples);
  const loadSample = useStore((s) => s.loadSample);
  if (samples.length === 0) return null;
  return (
    <label className="field">
      <span>{t('data.sampleLabel')}</span>
      <select
        data-testid="sample-select"
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) void loadSample(event.target.value);
        }}
      >
        <option value="" disabled>
          {t('data.sampleChoose')}
        </option>
        {samples.map((sample) => {
          const text = sampleText(locale, sample);
          return (
            <option key={sample.id} value={sample.id} title={text.description}>
              {text.title}
            </option>
          );
        })}
      </select>
    </label>
  );
}
