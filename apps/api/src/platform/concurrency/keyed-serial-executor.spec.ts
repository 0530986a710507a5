import { describe, expect, it } from '@jest/globals';
import { KeyedSerialExecutor } from './keyed-serial-executor.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedSerialExecutor', () => {
  it('runs the tasks of one key one after the other, in order', async () => {
    const executor = new KeyedSerialExecutor();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await tick(ms);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([executor.run('a', task('1', 20)), executor.run('a', task('2', 1))]);
    expect(results).toEqual(['1', '2']);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs tasks of different keys in parallel', async () => {
    const executor = new KeyedSerialExecutor();
    const events: string[] = [];
    await Promise.all([
      executor.run('a', async () => {
        events.push('start a');
        await tick(20);
        events.push('end a');
      }),
      executor.run('b', async () => {
        events.push('start b');
        await tick(1);
        events.push('end b');
      }),
    ]);
    expect(events.slice(0, 2).sort()).toEqual(['start a', 'start b']);
  });

  it('a failed task rejects its own caller only and does not block the next one', async () => {
    const executor = new KeyedSerialExecutor();
    const failed = executor.run('a', async () => {
      throw new Error('boom');
    });
    const next = executor.run('a', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('forgets a key once its queue is empty', async () => {
    const executor = new KeyedSerialExecutor();
    const done = executor.run('a', async () => undefined);
    expect(executor.busy('a')).toBe(true);
    await done;
    await tick(0);
    expect(executor.busy('a')).toBe(false);
  });
});
