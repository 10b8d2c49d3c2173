import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `cleanup` (synchronous) once when the process exits or gets SIGINT/SIGTERM/SIGHUP.
 * After a signal, if no other listener is left, the default behaviour (termination) is
 * restored by re-raising it. Returns the function that unregisters the hook.
 */
export function onProcessExit(cleanup: () => void): () => void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    cleanup();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    run();
    unregister();
    if (process.listenerCount(signal) > 0) return;
    try {
      process.kill(process.pid, signal);
    } catch {
      process.exit(128 + (constants.signals[signal] ?? 0));
    }
  };
  const unregister = () => {
    process.off('exit', run);
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  process.on('exit', run);
  for (const s of SIGNALS) process.on(s, onSignal);
  return unregister;
}
