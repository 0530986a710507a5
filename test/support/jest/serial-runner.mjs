// Jest's own runner, marked serial: the scheduler runs each runner's tests one group after another, so the
// files of the `serial` project run in band, alone, never next to the parallel workers (per-project
// maxWorkers/runInBand do not exist in Jest; a serial runner does).
import TestRunner from 'jest-runner';

export default class SerialRunner extends TestRunner {
  isSerial = true;
}
