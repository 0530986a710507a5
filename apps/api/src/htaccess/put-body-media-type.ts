import { UnsupportedMediaTypeException } from '@nestjs/common';

/** A PUT body by its media type: the raw file (text/plain) or the JSON document, as the body parsers left it. */
export type HtaccessPutBody =
  | { readonly mediaType: 'text'; readonly text: string }
  | { readonly mediaType: 'json'; readonly document: unknown };

/** Which of the two media types the PUT carries (415 for any other); called by the controller. */
export function putBodyOf(contentType: string | undefined, body: unknown): HtaccessPutBody {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/plain') return { mediaType: 'text', text: typeof body === 'string' ? body : '' };
  if (type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))) {
    return { mediaType: 'json', document: body };
  }
  throw new UnsupportedMediaTypeException('Send the rules as application/json or the file as text/plain');
}
