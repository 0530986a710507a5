import { UnsupportedMediaTypeException } from '@nestjs/common';

/** What the PUT received, as the body parsers left it: text/plain gives a string, JSON an object. */
export function htaccessBody(contentType: string | undefined, body: unknown): unknown {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/plain') return typeof body === 'string' ? body : '';
  if (type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))) {
    return body;
  }
  throw new UnsupportedMediaTypeException('Send the rules as application/json or the file as text/plain');
}
