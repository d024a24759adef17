import { DataStep } from './data/DataStep';
import { ModelStep } from './model/ModelStep';
import { TrainStep } from './train/TrainStep';
import { EvaluateStep } from './evaluate/EvaluateStep';
import { UseStep } from './predict/UseStep';
import { ErrorAlert } from './shared/ErrorAlert';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Layerlab</h1>
        <p className="tagline">Build and train a neural network on your own table. Everything runs in this browser tab: your data never leaves this device.</p>
      </header>
      <ErrorAlert />
      <main>
        <DataStep />
        <ModelStep />
        <TrainStep />
        <EvaluateStep />
        <UseStep />
      </main>
      <footer className="app-footer">Sample data: MLC++ churn, palmerpenguins and Sacramento homes, via the R package modeldata.</footer>
    </div>
  );
}
