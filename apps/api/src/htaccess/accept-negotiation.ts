/**
 * Does the client prefer the raw file (text/plain) over the JSON document? JSON is the default: text wins
 * only when Accept gives text/plain a higher quality than application/json (explicitly or via a wildcard).
 */
export function prefersPlainText(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return false;
  const quality = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(type, Number.isFinite(value) ? value : 0);
  }
  const of = (type: string): number =>
    quality.get(type) ?? quality.get(`${type.split('/')[0]}/*`) ?? quality.get('*/*') ?? 0;
  return of('text/plain') > of('application/json');
}
