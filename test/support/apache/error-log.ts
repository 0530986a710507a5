import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** Byte offset into the error log; take one before a request, read what came after. */
export type LogMark = number;

export function logMark(file: string): LogMark {
  return existsSync(file) ? statSync(file).size : 0;
}

export function logSince(file: string, mark: LogMark): string {
  if (!existsSync(file)) return '';
  const size = statSync(file).size;
  if (size <= mark) return '';
  const buffer = Buffer.alloc(size - mark);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, mark);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Apache writes the error line before the response, but give slow writers a moment anyway. */
export async function waitForLog(
  file: string,
  mark: LogMark,
  needle: string,
  timeoutMs = 3000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = logSince(file, mark);
    if (text.includes(needle) || Date.now() > deadline) return text;
    await delay(50);
  }
}
