import { DataStep } from './data/DataStep';
import { ModelStep } from './model/ModelStep';
import { TrainStep } from './train/TrainStep';
import { EvaluateStep } from './evaluate/EvaluateStep';
import { UseStep } from './predict/UseStep';
import { ExportPanel } from './export/ExportPanel';
import { ErrorAlert } from './shared/ErrorAlert';
import { LanguageSelect } from './shared/LanguageSelect';
import { useDocumentLocale } from './shared/useDocumentLocale';
import { useT } from '../i18n/useT';

export function App() {
  const { t } = useT();
  useDocumentLocale();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Layerlab</h1>
        <LanguageSelect />
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      <ErrorAlert />
      <main>
        <DataStep />
        <ModelStep />
        <TrainStep />
        <EvaluateStep />
        <UseStep />
        <ExportPanel />
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
