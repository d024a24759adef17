import { DataStep } from './data/DataStep';
import { ModelStep } from './model/ModelStep';
import { TrainStep } from './train/TrainStep';
import { EvaluateStep } from './evaluate/EvaluateStep';
import { UseStep } from './predict/UseStep';
import { ExportPanel } from './export/ExportPanel';
import { ErrorAlert } from './shared/ErrorAlert';
import { LanguageSelect } from './shared/LanguageSelect';
import { PresenterToggle } from './shared/PresenterToggle';
import { useDocumentLocale } from './shared/useDocumentLocale';
import { useT } from '../i18n/useT';
import { useStore } from '../store/store';
import { Lockable } from './project/Lockable';
import { ProjectBar } from './project/ProjectBar';

export function App() {
  const { t } = useT();
  const locks = useStore((s) => s.locks);
  useDocumentLocale();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Layerlab</h1>
        <div className="header-tools">
          <PresenterToggle />
          <LanguageSelect />
        </div>
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      <ProjectBar />
      <ErrorAlert />
      <main>
        <Lockable locked={locks?.data ?? false} testId="data-lock">
          <DataStep />
        </Lockable>
        <Lockable locked={locks?.layers ?? false} testId="layers-lock">
          <ModelStep />
        </Lockable>
        <TrainStep />
        <EvaluateStep />
        <UseStep />
        <ExportPanel />
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
