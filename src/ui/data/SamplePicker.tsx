import { useStore } from '../../store/store';

export function SamplePicker() {
  const samples = useStore((s) => s.samples);
  const loadSample = useStore((s) => s.loadSample);
  if (samples.length === 0) return null;
  return (
    <label className="field">
      <span>Or try a built-in sample</span>
      <select
        data-testid="sample-select"
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) void loadSample(event.target.value);
        }}
      >
        <option value="" disabled>
          Choose a sample…
        </option>
        {samples.map((sample) => (
          <option key={sample.id} value={sample.id} title={sample.description}>
            {sample.title}
          </option>
        ))}
      </select>
    </label>
  );
}
