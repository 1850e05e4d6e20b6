// Ctrl+C, Ctrl+\ and Ctrl+D in a real terminal: each scenario is typed into bash running `shell` (pwsh when
// recording, psnode in the test). Screens recorded from pwsh are in screens/<name>.txt (record-pwsh-screens.js).
'use strict';

const PROMPT = 'PS {CWD}>';
const type = (text) => ({ type: text });
const key = (name) => ({ key: name });
const pause = (ms) => ({ pause: ms });
const waitFor = (line) => ({ waitFor: line });
/** Time for a command to be well under way before the key is pressed (pwsh compiles the line first). */
const RUNNING = pause(2000);
/** Time for the line editor to take keys once the first prompt shows (PSReadLine loads after it). */
const READY = pause(1500);
/** bash's prompt again: the shell under test has exited and `echo rc=$?` ran. */
const RC = '$';

/** Starts the REPL, runs `lines` (each after a prompt) and exits with `exit`. */
function repl(...body) {
  return [type('shell -NoLogo -NoProfile; echo "rc=$?"'), key('Enter'), waitFor(PROMPT), READY, ...body, type('exit'), key('Enter'), waitFor(RC)];
}
const enter = [key('Enter')];

module.exports = [
  { name: 'prompt-cancels-line', steps: repl(type('abc'), pause(300), key('C-c'), waitFor(PROMPT), type("'next'"), ...enter, waitFor(PROMPT)) },
  { name: 'while-true', steps: repl(type('while ($true) {}'), ...enter, RUNNING, key('C-c'), waitFor(PROMPT), type('$?; $Error.Count'), ...enter, waitFor(PROMPT)) },
  { name: 'start-sleep-ms', steps: repl(type('Start-Sleep -Milliseconds 100000'), ...enter, RUNNING, key('C-c'), waitFor(PROMPT), type('$?'), ...enter, waitFor(PROMPT)) },
  { name: 'native-sleep', steps: repl(type('sleep 100'), ...enter, RUNNING, key('C-c'), waitFor(PROMPT), type('$?; $LASTEXITCODE'), ...enter, waitFor(PROMPT)) },
  {
    name: 'finally-block',
    steps: repl(type('try { "a"; while ($true) {} } finally { Write-Host "fin"; foreach ($i in 1..2) { Write-Host $i }; "out"; Write-Host "after" }'), ...enter, RUNNING, key('C-c'), waitFor(PROMPT), type('$?'), ...enter, waitFor(PROMPT)),
  },
  { name: 'catch-and-trap-do-not-see-it', steps: repl(type('trap { Write-Host "trap" }; try { while ($true) {} } catch { Write-Host "catch" }'), ...enter, RUNNING, key('C-c'), waitFor(PROMPT)) },
  { name: 'ctrl-backslash', steps: repl(type('ab'), key('C-\\'), pause(300), key('C-c'), waitFor(PROMPT), type('while ($true) {}'), ...enter, RUNNING, key('C-\\'), pause(1000), key('C-c'), waitFor(PROMPT), type("'alive'"), ...enter, waitFor(PROMPT)) },
  { name: 'ctrl-d-exits', steps: [type('shell -NoLogo -NoProfile; echo "rc=$?"'), key('Enter'), waitFor(PROMPT), READY, type("'x'"), key('Enter'), waitFor(PROMPT), key('C-d'), waitFor(RC)] },
  {
    name: 'file-finally',
    files: { 'loop.ps1': 'try { "start"; while ($true) {} } finally { Write-Host "fin" }\n"after"\n' },
    steps: [type('shell -NoProfile -File loop.ps1; echo "rc=$?"'), key('Enter'), waitFor('start'), pause(500), key('C-c'), waitFor(RC)],
  },
  {
    name: 'file-loop',
    files: { 'plain.ps1': '"start"\nwhile ($true) {}\n' },
    steps: [type('shell -NoProfile -File plain.ps1; echo "rc=$?"'), key('Enter'), waitFor('start'), pause(500), key('C-c'), waitFor(RC)],
  },
  { name: 'command-loop', steps: [type(`shell -NoProfile -Command '"go"; while (1) {}; "x"'; echo "rc=$?"`), key('Enter'), waitFor('go'), pause(500), key('C-c'), waitFor(RC)] },
  { name: 'command-native-sleep', steps: [type(`shell -NoProfile -Command '"go"; sleep 100; "x"'; echo "rc=$?"`), key('Enter'), waitFor('go'), pause(1000), key('C-c'), waitFor(RC)] },
];
