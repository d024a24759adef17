import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { useStore } from './store/store';
import { startAutosave } from './store/persistence/autosave';
import { registerOfflineSupport } from './ui/shared/offline';
import { installDebugHook } from './store/debugHook';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void useStore.getState().start().then(() => startAutosave(useStore));
  registerOfflineSupport();
  installDebugHook();
}
