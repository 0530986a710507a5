import { foldAscii as asciiLower } from './ascii-fold.js';

/** Where an environment value came from, for the trace. */
export interface EnvEntry {
  name: string;
  value: string;
  /** e.g. `<Directory /home/bob/public_html>` or `/home/bob/public_html/.htaccess <Files blog.wsgi>`. */
  source: string;
  via: 'rewrite' | 'setenv' | 'getenv';
}

/**
 * r->subprocess_env as mod_wsgi reads it with apr_table_get (spec §2.3): names compare case-insensitively,
 * SetEnv values merge section by section (later sections replace earlier ones), and a value set by a
 * vhost-level `RewriteRule - [E=…]` sits first in the table, so it beats every SetEnv. When nothing is
 * found, mod_wsgi falls back to getenv() of the Apache parent, which is case-sensitive.
 */
export class RequestEnvironment {
  private readonly setEnv = new Map<string, EnvEntry>();
  private readonly rewrite = new Map<string, EnvEntry>();

  constructor(private readonly processEnv: Readonly<Record<string, string>>) {}

  applySetEnv(name: string, value: string, source: string): EnvEntry | undefined {
    const key = asciiLower(name);
    const previous = this.setEnv.get(key);
    this.setEnv.set(key, { name, value, source, via: 'setenv' });
    return previous;
  }

  applyRewrite(name: string, value: string, source: string): void {
    const key = asciiLower(name);
    if (!this.rewrite.has(key)) this.rewrite.set(key, { name, value, source, via: 'rewrite' });
  }

  /** The SetEnv value that the rewrite value hides, if any (only for the trace). */
  shadowedSetEnv(name: string): EnvEntry | undefined {
    const key = asciiLower(name);
    return this.rewrite.has(key) ? this.setEnv.get(key) : undefined;
  }

  lookup(name: string): EnvEntry | undefined {
    const key = asciiLower(name);
    const hit = this.rewrite.get(key) ?? this.setEnv.get(key);
    if (hit !== undefined) return hit;
    if (Object.prototype.hasOwnProperty.call(this.processEnv, name)) {
      return {
        name,
        value: this.processEnv[name] as string,
        source: 'getenv() of the Apache parent',
        via: 'getenv',
      };
    }
    return undefined;
  }
}
