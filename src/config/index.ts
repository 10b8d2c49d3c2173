/** The configuration: the environment and union-dash.config.json, normalised once. */
export type { Config } from './config.ts';
export { configPath, DEFAULT_PRESENT_SECONDS, loadConfig, type ConfigInput } from './load.ts';
export { ENV } from './env.ts';
