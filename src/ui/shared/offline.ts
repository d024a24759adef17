/**
 * Registers the service worker of the production build (`sw.js`, see scripts/serviceWorkerPlugin.ts),
 * so that after one visit the app, its WebAssembly files and the samples work without a network.
 */
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Offline support is a bonus: the app works the same online without it.
    });
  });
}
