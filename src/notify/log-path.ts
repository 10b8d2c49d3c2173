/** The delivery log lives beside the config file that names the channels. */
import { dirname, join } from 'node:path';
import type { Config } from '../config/config.ts';
import { NOTIFY_LOG_FILE } from './delivery-log.ts';

export const notifyLogPath = (config: Pick<Config, 'path'>): string => join(dirname(config.path), NOTIFY_LOG_FILE);
