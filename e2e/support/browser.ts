import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser here, so tests use an installed Chromium:
 * `CHROMIUM_PATH` when set, else the first of the usual system paths that exists.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) throw new Error('No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-webgpu',
      '--use-webgpu-adapter=swiftshader',
      '--enable-features=Vulkan',
      '--use-angle=swiftshader',
    ],
  };
}
