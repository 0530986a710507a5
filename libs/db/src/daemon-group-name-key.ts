/**
 * The value stored in daemon_groups.name_key, on which (server_id, name_key) is unique. mod_wsgi matches
 * group names with strcasecmp, i.e. ASCII case folding only, so only A-Z are folded here (JavaScript's
 * toLowerCase would also fold non-ASCII letters that mod_wsgi treats as distinct).
 */
export function daemonGroupNameKey(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
