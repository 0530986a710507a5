/**
 * The modules `<IfModule>` can name: by module identifier (`wsgi_module`) or by source file (`mod_wsgi.c`), as they
 * are loaded by `LoadModule`, plus those compiled into Debian's apache2 binary (`apache2 -l`).
 */
export class ModuleRegistry {
  private readonly names = new Set<string>();

  constructor() {
    for (const source of DEBIAN_STATIC_MODULES) this.add(source);
  }

  /** `LoadModule wsgi_module …/mod_wsgi.so` answers to `wsgi_module` and `mod_wsgi.c`. */
  load(identifier: string, file: string): void {
    this.names.add(identifier);
    const base = file.split('/').pop() ?? '';
    if (base.endsWith('.so')) this.names.add(`${base.slice(0, -3)}.c`);
    this.names.add(`mod_${identifier.replace(/_module$/, '')}.c`);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  private add(source: string): void {
    this.names.add(source);
    this.names.add(STATIC_IDENTIFIERS[source] ?? `${source.replace(/^mod_/, '').replace(/\.c$/, '')}_module`);
  }
}

/** Where the identifier is not the source name's stem. */
const STATIC_IDENTIFIERS: Readonly<Record<string, string>> = { 'http_core.c': 'http_module' };

/** `apache2 -l` on Debian 12's apache2 2.4. */
const DEBIAN_STATIC_MODULES = [
  'core.c',
  'mod_so.c',
  'mod_watchdog.c',
  'http_core.c',
  'mod_log_config.c',
  'mod_logio.c',
  'mod_version.c',
  'mod_unixd.c',
];
