/** How the processes of one mod_wsgi daemon group are told apart on the web server (ADR 0008). */
export interface DaemonGroupIdentity {
  /** The WSGIDaemonProcess name. */
  name: string;
  /** Its `display-name=` option; null when the group has none (its processes then look like Apache's). */
  displayName: string | null;
  /** The server's WSGISocketPrefix; null: none in the model, and then nothing is signalled (ADR 0008). */
  socketPrefix: string | null;
  /**
   * The titles of the server's other groups: a title equal to ours, or sharing the part Apache's argv[0] keeps
   * of a cut title, would make their processes look like ours.
   */
  otherTitles?: readonly string[];
}

/**
 * The argv[0] mod_wsgi gives the group's processes: `%{GROUP}` becomes "(wsgi:<name>)", any other value is
 * used as written. null when the group has no display-name.
 */
export function daemonProcessTitle(
  identity: Pick<DaemonGroupIdentity, 'name' | 'displayName'>,
): string | null {
  const { displayName } = identity;
  if (displayName === null || displayName === '') return null;
  return displayName === '%{GROUP}' ? `(wsgi:${identity.name})` : displayName;
}

/**
 * Whether an argv[0] read from /proc is `title`. mod_wsgi writes the title over Apache's own argv[0] and never
 * past it: it pads a shorter title with spaces and cuts a longer one (measured: "(wsgi:bob:application1)"
 * runs as "(wsgi:bob:applica" under "/usr/sbin/apache2"), so a cut title matches its first characters.
 */
export function argv0IsTitle(argv0: string, title: string): boolean {
  const trimmed = argv0.replace(/ +$/, '');
  if (trimmed === title) return true;
  return trimmed === argv0 && argv0.length > 0 && argv0.length < title.length && title.startsWith(argv0);
}

/**
 * Another group's title that is longer than `title` and starts with it: Apache's argv[0] may cut that title to
 * exactly ours (at 17 characters under "/usr/sbin/apache2"), so its processes would look like ours. Refused for
 * any length, as the length Apache keeps is known only on the host.
 */
export function cutTitleClash(title: string, otherTitles: readonly string[]): string | undefined {
  return otherTitles.find((other) => other.length > title.length && other.startsWith(title));
}
