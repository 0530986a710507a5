import { messageOf } from './fs-errors.js';
import type { Clock } from './ports/clock.port.js';

export type StepName =
  | 'recover'
  | 'drift'
  | 'classify'
  | 'stage'
  | 'preflight'
  | 'configtest'
  | 'backup'
  | 'swap'
  | 'reload'
  | 'probe'
  | 'rollback'
  | 'commit';

export interface StepRecord {
  name: StepName;
  ms: number;
  ok: boolean;
  detail?: string;
}

/** pino-compatible: `logger.info({ step, ms }, 'deploy step')`. */
export interface DeployLogger {
  info(obj: object, msg?: string): void;
}

/** Times each step and logs it as it ends, so a hang is visible in the log too. */
export class StepLog {
  readonly records: StepRecord[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly revision: string,
    private readonly logger?: DeployLogger,
  ) {}

  async run<T>(name: StepName, work: () => Promise<T>, detail?: (result: T) => string): Promise<T> {
    const started = this.clock.monotonicMs();
    try {
      const result = await work();
      this.add({ name, ms: this.clock.monotonicMs() - started, ok: true, detail: detail?.(result) });
      return result;
    } catch (error) {
      this.add({ name, ms: this.clock.monotonicMs() - started, ok: false, detail: messageOf(error) });
      throw error;
    }
  }

  /** For steps whose failure is an outcome, not an exception (configtest, reload, probe). */
  add(record: StepRecord): void {
    const clean = record.detail === undefined ? { name: record.name, ms: record.ms, ok: record.ok } : record;
    const rounded = { ...clean, ms: Math.round(clean.ms * 100) / 100 };
    this.records.push(rounded);
    this.logger?.info(
      { revision: this.revision, step: rounded.name, ms: rounded.ms, ok: rounded.ok, detail: rounded.detail },
      'deploy step',
    );
  }
}
