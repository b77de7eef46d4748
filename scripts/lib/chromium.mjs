// Finds the Chromium the end-to-end tests drive: $WIRETRACE_CHROMIUM, else /usr/bin/chromium, else Debian's
// package installed with apt when running as root on Debian/Ubuntu. Playwright's own download cannot work here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const HOW_TO_INSTALL =
  "No Chromium found for the end-to-end tests. Install Debian/Ubuntu's package (sudo apt-get install -y chromium) " +
  'or point WIRETRACE_CHROMIUM at a Chromium or Chrome executable, then run npm test again.';

/** Returns { path } of a usable Chromium, or { path: null, message } saying exactly what to install. */
export function findChromium() {
  const named = process.env.WIRETRACE_CHROMIUM;
  if (named) {
    if (existsSync(named)) return { path: named };
    return { path: null, message: `WIRETRACE_CHROMIUM names ${named}, which does not exist.` };
  }
  if (existsSync(DEFAULT_PATH)) return { path: DEFAULT_PATH };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's chromium package for the end-to-end tests (apt-get) ...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (install && install.status === 0 && existsSync(DEFAULT_PATH)) return { path: DEFAULT_PATH };
    return { path: null, message: `apt-get could not install chromium. ${HOW_TO_INSTALL}` };
  }
  return { path: null, message: HOW_TO_INSTALL };
}
