// Installs the Debian packages the project needs outside npm, when they are missing.
import { spawnSync } from 'node:child_process';
import { run, step } from './run.ts';

/** Debian packages by what needs them. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'];

/** Whether dpkg reports a package as fully installed (not merely known or removed). */
const isInstalled = (pkg: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout === 'install ok installed';

/**
 * Ensures Debian packages are installed, with apt-get when we are root. Playwright cannot
 * download its own browsers here, so the tests drive Debian's Chromium; without the CJK fonts,
 * screenshots show boxes instead of Chinese.
 */
export async function ensureDebianPackages(packages: readonly string[]) {
  const missing = packages.filter((pkg: string) => !isInstalled(pkg));
  if (missing.length === 0) return;
  step(`Installing Debian packages: ${missing.join(' ')}`);
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Run: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}
