// Ctrl+C, Ctrl+\ and Ctrl+D in a real pseudo-terminal (tmux): each scenario of pty/scenarios.js is typed into psnode
// and the screen must be the one pwsh showed for the same keys (pty/screens/, recorded by pty/record-pwsh-screens.js).

import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runScenario, hasTmux } = require('./pty/pty-session.js') as { runScenario: (s: unknown, program: string[]) => string; hasTmux: () => boolean };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const scenarios = require('./pty/scenarios.js') as Array<{ name: string }>;

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
const SCREENS = path.join(__dirname, 'pty', 'screens');

if (!hasTmux()) {
  console.warn('ctrl-c.test.ts: tmux is not installed, the pseudo-terminal tests are SKIPPED');
  test.skip('Ctrl+C in a pseudo-terminal (tmux missing)', () => undefined);
} else {
  describe('Ctrl+C, Ctrl+\\ and Ctrl+D in a terminal, as pwsh', () => {
    for (const scenario of scenarios) {
      test(scenario.name, () => {
        const expected = fs.readFileSync(path.join(SCREENS, `${scenario.name}.txt`), 'utf8');
        expect(runScenario(scenario, [process.execPath, BIN])).toBe(expected);
      }, 60000);
    }
  });
}
