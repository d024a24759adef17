import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { BACKENDS, type BackendChoice } from '../../worker/protocol';

const NAMES: Record<BackendChoice, string> = {
  auto: 'Automatic: the fastest here, measured',
  wasm: 'wasm (CPU, WebAssembly)',
  webgl: 'webgl (GPU)',
  webgpu: 'webgpu (GPU)',
  cpu: 'cpu (plain JavaScript, slowest)',
};

/** Which tfjs backend trains: measured by default (remembered per device and model size), or forced. */
export function BackendPicker() {
  const choice = useStore((s) => s.backendChoice);
  const setChoice = useStore((s) => s.setBackendChoice);
  const busy = isBusy(useTrainingStatus());
  return (
    <label className="field" title="Layerlab times a few training steps on every backend this browser offers and trains on the fastest.">
      <span>Backend</span>
      <select value={choice} disabled={busy} data-testid="backend-select" onChange={(event) => setChoice(event.target.value as BackendChoice)}>
        {(['auto', ...BACKENDS] as const).map((name) => (
          <option key={name} value={name}>
            {NAMES[name]}
          </option>
        ))}
      </select>
      <small>Which engine runs the maths. The fastest depends on the device: on one without a GPU, WebAssembly usually wins.</small>
    </label>
  );
}
