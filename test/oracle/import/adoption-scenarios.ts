import fc from 'fast-check';

/** A configuration as a hosting company runs it, written by hand (not by Hostplane), inside the oracle's temp root. */
export interface AdoptionScenario {
  readonly name: string;
  /** The main file the harness includes; it includes the rest. */
  readonly main: string;
  /** Config files and .htaccess files, absolute paths. */
  readonly files: { path: string; content: string }[];
  /** Where probe.wsgi is written (every .wsgi a request may reach). */
  readonly scripts: string[];
  /** Static files, so a lost handler shows as a 200 without a process group. */
  readonly statics: string[];
  readonly requests: [host: string, path: string][];
}

export interface OracleSite {
  readonly root: string;
  readonly port: number;
}

/** The defaults Debian's apache2.conf sets for every site (access denied outside /var/www and /usr/share). */
function debianMain(site: OracleSite, sites: string): string {
  return [
    '# as in Debian apache2.conf',
    'AccessFileName .htaccess',
    '<Directory />',
    '\tOptions FollowSymLinks',
    '\tAllowOverride None',
    '\tRequire all denied',
    '</Directory>',
    `<Directory ${site.root}/var/www/>`,
    '\tOptions Indexes FollowSymLinks',
    '\tAllowOverride None',
    '\tRequire all granted',
    '</Directory>',
    `<Directory ${site.root}/home/>`,
    '\tRequire all granted',
    '</Directory>',
    `<Directory ${site.root}/htdocs/>`,
    '\tRequire all granted',
    '</Directory>',
    '<FilesMatch "^\\.ht">',
    '\tRequire all denied',
    '</FilesMatch>',
    `IncludeOptional ${site.root}/${sites}/*.conf`,
    '',
  ].join('\n');
}

/** The 000-default.conf Debian ships, on the oracle's port (CustomLog needs mod_log_config, which is not loaded). */
function debianDefaultSite(site: OracleSite): string {
  return [
    `<VirtualHost *:${site.port}>`,
    '\t#ServerName www.example.com',
    '\tServerAdmin webmaster@localhost',
    `\tDocumentRoot ${site.root}/var/www/html`,
    '\t<IfModule log_config_module>',
    '\t\tCustomLog /dev/null combined',
    '\t</IfModule>',
    '</VirtualHost>',
    '',
  ].join('\n');
}

/**
 * Requests drawn from each scenario's vocabulary by fast-check (fixed seed): known and unknown hosts, scripts that
 * exist, are missing or differ only in case, path info, query strings, the directory itself and its .htaccess.
 */
function generatedRequests(
  hosts: readonly string[],
  prefixes: readonly string[],
  names: readonly string[],
  count: number,
  seed: number,
): [string, string][] {
  const suffixes = ['', '/extra/path', '?q=1', '/'];
  const request = fc
    .tuple(
      fc.constantFrom(...hosts),
      fc.constantFrom(...prefixes),
      fc.constantFrom(...names),
      fc.constantFrom(...suffixes),
    )
    .map(([host, prefix, name, suffix]): [string, string] => [host, `${prefix}/${name}${suffix}`]);
  const everyPrefix = [...new Set(prefixes)].map((p): [string, string] => [hosts[0]!, `${p}/`]);
  return [...everyPrefix, ...fc.sample(request, { seed, numRuns: count })];
}

function restrictedDirectory(
  path: string,
  url: string,
  groups: string[],
  fallback: string,
  options = 'ExecCGI',
): string[] {
  return [
    `  Alias ${url} ${path}`,
    `  <Directory ${path}>`,
    `    Options ${options}`,
    '    AllowOverride FileInfo',
    '    AddHandler wsgi-script .wsgi',
    `    WSGIRestrictProcess ${groups.join(' ')}`,
    `    SetEnv PROCESS_GROUP ${fallback}`,
    '  </Directory>',
  ];
}

function filesRule(file: string, group: string): string {
  return `<Files ${file}>\n    SetEnv PROCESS_GROUP ${group}\n</Files>\n`;
}

/** WSGIRestrictProcess.rst's example, as its reader would type it into sites-enabled. */
export function restrictProcessSeed(site: OracleSite): AdoptionScenario {
  const home = (t: string) => `${site.root}/home/${t}/public_html`;
  const groups = (t: string) => [1, 2, 3].map((n) => `${t}:${n}`);
  const vhost = [
    'WSGIDaemonProcess default processes=2 threads=25',
    '',
    `<VirtualHost *:${site.port}>`,
    '  ServerName www.site.com',
    ...['bob', 'joe'].flatMap((t) =>
      groups(t).map((g) => `  WSGIDaemonProcess ${g} user=${t} group=${t} threads=25`),
    ),
    '  WSGIProcessGroup %{ENV:PROCESS_GROUP}',
    '  SetEnv PROCESS_GROUP default',
    ...['bob', 'joe'].flatMap((t) => restrictedDirectory(home(t), `/${t}`, groups(t), `${t}:1`)),
    '</VirtualHost>',
    '',
  ].join('\n');
  const htaccess = (t: string) =>
    `# ${t}'s rules\n${filesRule('blog.wsgi', `${t}:2`)}${filesRule('wiki.wsgi', `${t}:3`)}`;
  return {
    name: 'WSGIRestrictProcess.rst seed',
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/site.conf`, content: vhost },
      ...['bob', 'joe'].map((t) => ({ path: `${home(t)}/.htaccess`, content: htaccess(t) })),
    ],
    scripts: ['bob', 'joe'].flatMap((t) =>
      ['blog.wsgi', 'wiki.wsgi', 'other.wsgi'].map((s) => `${home(t)}/${s}`),
    ),
    statics: ['bob', 'joe'].map((t) => `${home(t)}/index.html`),
    requests: generatedRequests(
      ['www.site.com', 'unknown.example'],
      ['/bob', '/joe', ''],
      ['blog.wsgi', 'wiki.wsgi', 'other.wsgi', 'missing.wsgi', 'BLOG.wsgi', 'index.html', '.htaccess'],
      220,
      11,
    ),
  };
}

/** Debian's default site next to a Django project served by its own daemon through Alias and a wsgi-script handler. */
export function debianWithDjango(site: OracleSite): AdoptionScenario {
  const project = `${site.root}/var/www/django/mysite`;
  const django = [
    `<VirtualHost *:${site.port}>`,
    '  ServerName django.example',
    '  ServerAlias www.django.example',
    `  DocumentRoot ${site.root}/var/www/django/static`,
    `  WSGIDaemonProcess django user=amy group=amy processes=2 threads=4 display-name=%{GROUP} \\`,
    `    python-path=${site.root}/var/www/django`,
    '  WSGIProcessGroup django',
    '  WSGIApplicationGroup %{GLOBAL}',
    `  Alias /app ${project}`,
    `  <Directory ${project}>`,
    '    Options ExecCGI',
    '    AddHandler wsgi-script .wsgi',
    '  </Directory>',
    '</VirtualHost>',
    '',
  ].join('\n');
  return {
    name: "Debian's default site plus a Django project",
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/000-default.conf`, content: debianDefaultSite(site) },
      { path: `${site.root}/sites-enabled/django.conf`, content: django },
    ],
    scripts: [`${project}/wsgi.wsgi`, `${project}/admin.wsgi`],
    statics: [
      `${site.root}/var/www/html/index.html`,
      `${site.root}/var/www/django/static/style.css`,
      `${project}/settings.py`,
    ],
    requests: generatedRequests(
      ['django.example', 'www.django.example', 'unknown.example', 'main.oracle.invalid'],
      // Repeated entries weigh the draw towards the app.
      ['/app', '/app', '/app', '', '/static'],
      [
        'wsgi.wsgi',
        'wsgi.wsgi',
        'admin.wsgi',
        'missing.wsgi',
        'index.html',
        'style.css',
        'settings.py',
        'WSGI.wsgi',
      ],
      220,
      12,
    ),
  };
}

/**
 * Debian's default site next to a Django project mounted the way Django's deployment guide says: WSGIScriptAlias for
 * the project's wsgi.py in amy's daemon (application-group=%{GLOBAL}), a WSGIScriptAliasMatch for a versioned API, a
 * mount without process-group= that runs in the vhost's WSGIProcessGroup, and an admin's tools app in its own group.
 */
export function debianWithMountedDjango(site: OracleSite): AdoptionScenario {
  const project = `${site.root}/home/amy/django/mysite`;
  const tools = `${site.root}/htdocs/tools`;
  const vhost = [
    `<VirtualHost *:${site.port}>`,
    '  ServerName mounted.example',
    '  ServerAlias www.mounted.example',
    `  DocumentRoot ${site.root}/var/www/mounted`,
    '  WSGIDaemonProcess amy-django user=amy group=amy processes=1 threads=4 display-name=%{GROUP}',
    '  WSGIDaemonProcess tools processes=1 threads=2',
    '  WSGIProcessGroup amy-django',
    `  WSGIScriptAlias /shop ${project}/wsgi.py process-group=amy-django application-group=%{GLOBAL}`,
    `  WSGIScriptAliasMatch ^/api/(v[0-9]+) ${project}/api.wsgi process-group=amy-django pass-authorization=On`,
    `  WSGIScriptAlias /blog ${project}/blog.wsgi`,
    `  WSGIScriptAlias /tools ${tools}/tools.wsgi process-group=tools`,
    `  <Directory ${project}>`,
    '    <Files wsgi.py>',
    '      Require all granted',
    '    </Files>',
    '  </Directory>',
    '</VirtualHost>',
    '',
  ].join('\n');
  return {
    name: "Debian's default site plus a Django project mounted with WSGIScriptAlias",
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/000-default.conf`, content: debianDefaultSite(site) },
      { path: `${site.root}/sites-enabled/mounted.conf`, content: vhost },
    ],
    scripts: [`${project}/wsgi.py`, `${project}/api.wsgi`, `${project}/blog.wsgi`, `${tools}/tools.wsgi`],
    statics: [
      `${site.root}/var/www/html/index.html`,
      `${site.root}/var/www/mounted/style.css`,
      `${project}/settings.py`,
    ],
    requests: generatedRequests(
      ['mounted.example', 'www.mounted.example', 'unknown.example'],
      ['/shop', '/shop', '/api/v1', '/api/v22', '/api/x', '/blog', '/tools', ''],
      ['', 'wsgi.py', 'admin/login', 'index.html', 'style.css', 'settings.py'],
      220,
      13,
    ),
  };
}

/**
 * WSGIProcessGroup.rst's RewriteMap example as its reader would type it: the group of each script looked up by
 * REQUEST_URI in a txt map, the global `default` group for every URI the map does not list.
 */
export function processGroupMapExample(site: OracleSite): AdoptionScenario {
  const app = `${site.root}/home/bob/app`;
  const map = `${site.root}/wsgiprocmap.txt`;
  const vhost = [
    'WSGIDaemonProcess default processes=1 threads=5',
    `<VirtualHost *:${site.port}>`,
    '  ServerName map.example',
    `  DocumentRoot ${site.root}/htdocs/map`,
    '  WSGIDaemonProcess bob:1 user=bob group=bob threads=5',
    '  WSGIDaemonProcess bob:2 user=bob group=bob threads=5',
    '  RewriteEngine On',
    `  RewriteMap wsgiprocmap txt:${map}`,
    '  RewriteRule . - [E=PROCESS_GROUP:${wsgiprocmap:%{REQUEST_URI}|default}]',
    '  WSGIProcessGroup %{ENV:PROCESS_GROUP}',
    `  Alias /app ${app}`,
    `  <Directory ${app}>`,
    '    Options ExecCGI',
    '    AddHandler wsgi-script .wsgi',
    '  </Directory>',
    '</VirtualHost>',
    '',
  ].join('\n');
  return {
    name: 'the process-group map example',
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/000-default.conf`, content: debianDefaultSite(site) },
      { path: `${site.root}/sites-enabled/map.conf`, content: vhost },
      { path: map, content: '# URI to process group\n/app/a.wsgi bob:1\n/app/b.wsgi bob:2\n' },
    ],
    scripts: ['a.wsgi', 'b.wsgi', 'c.wsgi'].map((s) => `${app}/${s}`),
    statics: [
      `${app}/index.html`,
      `${site.root}/htdocs/map/index.html`,
      `${site.root}/var/www/html/index.html`,
    ],
    requests: generatedRequests(
      ['map.example', 'unknown.example'],
      ['/app', '/app', ''],
      ['a.wsgi', 'b.wsgi', 'c.wsgi', 'missing.wsgi', 'A.wsgi', 'index.html'],
      220,
      14,
    ),
  };
}

/**
 * A shared host: 50 users with a public_html each and their own .htaccess choosing among two shared daemon pools,
 * three users with daemons of their own; the .htaccess files carry what real ones do (comments, RewriteEngine, a
 * FilesMatch, an empty file).
 */
export function sharedHost(site: OracleSite): AdoptionScenario {
  const users = Array.from({ length: 50 }, (_, i) => `u${String(i + 1).padStart(2, '0')}`);
  const owners = ['bob', 'joe', 'amy'];
  const home = (u: string) => `${site.root}/home/${u}/public_html`;
  const vhost = [
    `<VirtualHost *:${site.port}>`,
    '  ServerName shared.example',
    '  ServerAlias *.shared.example',
    `  DocumentRoot ${site.root}/var/www/html`,
    '  WSGIDaemonProcess pool1 processes=1 threads=10',
    '  WSGIDaemonProcess pool2 processes=1 threads=10',
    ...owners.map((o) => `  WSGIDaemonProcess ${o} user=${o} group=${o} threads=5`),
    '  WSGIProcessGroup %{ENV:PROCESS_GROUP}',
    '  SetEnv PROCESS_GROUP pool1',
    // SymLinksIfOwnerMatch, as shared hosts set it: without it a tenant's `RewriteEngine On` alone answers 403.
    ...users.flatMap((u) =>
      restrictedDirectory(home(u), `/${u}`, ['pool1', 'pool2'], 'pool1', 'ExecCGI SymLinksIfOwnerMatch'),
    ),
    ...owners.flatMap((o) => restrictedDirectory(home(o), `/${o}`, [o], o)),
    '</VirtualHost>',
    '',
  ].join('\n');
  const htaccess = (u: string, i: number): string => {
    switch (i % 5) {
      case 0:
        return filesRule('app.wsgi', 'pool2');
      case 1:
        return `# app on the second pool\n${filesRule('app.wsgi', 'pool2')}<FilesMatch "^api">\n  SetEnv PROCESS_GROUP pool2\n</FilesMatch>\n`;
      case 2:
        return `RewriteEngine On\n${filesRule('other.wsgi', 'pool2')}`;
      case 3:
        return '';
      default:
        return `# ${u}\n${filesRule('app.wsgi', 'pool1')}`;
    }
  };
  return {
    name: "a shared host with 50 users' .htaccess files",
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/000-default.conf`, content: debianDefaultSite(site) },
      { path: `${site.root}/sites-enabled/shared.conf`, content: vhost },
      ...users.map((u, i) => ({ path: `${home(u)}/.htaccess`, content: htaccess(u, i) })),
    ],
    scripts: [...users, ...owners].flatMap((u) =>
      ['app.wsgi', 'other.wsgi', 'api-v1.wsgi'].map((s) => `${home(u)}/${s}`),
    ),
    statics: [
      `${site.root}/var/www/html/index.html`,
      ...[...users, ...owners].map((u) => `${home(u)}/index.html`),
    ],
    requests: generatedRequests(
      ['shared.example', 'x.shared.example', 'unknown.example'],
      [...users, ...owners].map((u) => `/${u}`),
      ['app.wsgi', 'other.wsgi', 'api-v1.wsgi', 'missing.wsgi', 'index.html', '.htaccess'],
      260,
      13,
    ),
  };
}

/**
 * The seeds' other contexts (issue 10 item 3): WSGIRestrictProcess and WSGIProcessGroup at server scope, and a vhost
 * with its own list and group. a.example inherits both from the server; b.example replaces them (joe's directory
 * runs its bob:2); c.example's directory has a list of its own, which replaces the server's and refuses the
 * inherited group (500 before and after).
 */
export function outerScopeSelection(site: OracleSite): AdoptionScenario {
  const home = (t: string) => `${site.root}/home/${t}/public_html`;
  const dir = (path: string, url: string, extra: string[] = []) => [
    `  Alias ${url} ${path}`,
    `  <Directory ${path}>`,
    '    Options ExecCGI',
    '    AllowOverride FileInfo',
    '    AddHandler wsgi-script .wsgi',
    ...extra.map((line) => `    ${line}`),
    '  </Directory>',
  ];
  const sites = [
    'WSGIDaemonProcess default processes=1 threads=2',
    ...['bob:1', 'bob:2'].map((g) => `WSGIDaemonProcess ${g} user=bob group=bob threads=2`),
    'WSGIDaemonProcess joe:1 user=joe group=joe threads=2',
    'WSGIRestrictProcess default bob:1 joe:1',
    'WSGIProcessGroup default',
    '',
    `<VirtualHost *:${site.port}>`,
    '  ServerName a.example',
    ...dir(home('bob'), '/bob', ['WSGIProcessGroup %{ENV:PROCESS_GROUP}', 'SetEnv PROCESS_GROUP bob:1']),
    ...dir(home('joe'), '/joe'),
    '</VirtualHost>',
    '',
    `<VirtualHost *:${site.port}>`,
    '  ServerName b.example',
    '  WSGIRestrictProcess bob:2 default',
    '  WSGIProcessGroup bob:2',
    ...dir(home('joe'), '/joe'),
    '</VirtualHost>',
    '',
    `<VirtualHost *:${site.port}>`,
    '  ServerName c.example',
    ...dir(home('joe'), '/joe', ['WSGIRestrictProcess joe:1']),
    '</VirtualHost>',
    '',
  ].join('\n');
  return {
    name: 'server- and vhost-scope WSGIRestrictProcess and WSGIProcessGroup',
    main: `${site.root}/apache2.conf`,
    files: [
      { path: `${site.root}/apache2.conf`, content: debianMain(site, 'sites-enabled') },
      { path: `${site.root}/sites-enabled/site.conf`, content: sites },
      { path: `${home('bob')}/.htaccess`, content: `# bob's rules\n${filesRule('blog.wsgi', 'bob:1')}` },
    ],
    scripts: ['bob', 'joe'].flatMap((t) => ['blog.wsgi', 'other.wsgi'].map((s) => `${home(t)}/${s}`)),
    statics: ['bob', 'joe'].map((t) => `${home(t)}/index.html`),
    requests: generatedRequests(
      ['a.example', 'b.example', 'c.example', 'unknown.example'],
      ['/bob', '/joe'],
      ['blog.wsgi', 'other.wsgi', 'missing.wsgi', 'index.html'],
      200,
      23,
    ),
  };
}
