/**
 * Pushing from `serve`: the scheduler fed with the store's current data, and the status line
 * the overview shows (next briefing, last delivery). The delivery log is the only state.
 */
import type { MetricsResult } from '../metrics/index.ts';
import { DeliveryLog } from '../notify/delivery-log.ts';
import { notifyLogPath } from '../notify/log-path.ts';
import { NotifyScheduler } from '../notify/scheduler.ts';
import { notifyStatus, type NotifyStatus } from '../notify/status.ts';
import type { PdfPrinter } from '../report/pdf/index.ts';
import type { Clock, Logger } from './clock.ts';
import type { DataStore } from './store.ts';

export interface ServerNotifyDeps {
  readonly store: DataStore;
  /** Where union-dash.config.json is (the log goes beside it). */
  readonly configPath: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly printer: PdfPrinter;
  readonly monthMetrics: (month: string) => Promise<MetricsResult | null>;
  readonly currentMetrics: () => Promise<MetricsResult | null>;
}

export interface ServerNotify {
  /** Null when nothing is configured. */
  status(): NotifyStatus | null;
  /** Changes whenever the status does (for page caches). */
  version(): number;
  idle(): Promise<void>;
  close(): void;
}

export function serverNotify(d: ServerNotifyDeps): ServerNotify {
  const log = new DeliveryLog(notifyLogPath({ path: d.configPath }));
  const config = () => d.store.config?.notify ?? null;
  let status: NotifyStatus | null = null;
  let version = 0;
  const refresh = async () => {
    const n = config();
    status = n ? notifyStatus(n, await log.entries(), d.clock.now()) : null;
    version++;
  };
  const scheduler = new NotifyScheduler({
    config,
    log,
    now: d.clock.now,
    monthMetrics: d.monthMetrics,
    currentMetrics: d.currentMetrics,
    printer: d.printer,
    logger: d.logger,
    onDelivered: () => void refresh(),
  });
  // each read may bring a changed config: catch up and re-arm (the log keeps it to one send)
  d.store.onSwap(() => {
    if (!config()) return;
    scheduler.start();
    void refresh();
    scheduler.dataChanged();
  });
  return {
    status: () => status,
    version: () => version,
    idle: () => scheduler.idle(),
    close: () => scheduler.close(),
  };
}
