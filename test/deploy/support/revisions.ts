import type { DeployFile } from '#deploy';
import { file } from './deploy-sandbox.js';

/** Revision A: include + two maps + three .htaccess files. */
export function revisionA(configDir: string): DeployFile[] {
  return [
    file('httpd/hostplane.conf', include(configDir, ['a', 'shared'], 'A')),
    file('httpd/maps/a.map', '/app/a.wsgi bob:1\n'),
    file('httpd/maps/shared.map', '/app/s.wsgi joe:1\n'),
    file('/home/bob/public_html/.htaccess', 'SetEnv PROCESS_GROUP bob:1\n'),
    file('/home/bob/blog/.htaccess', 'SetEnv PROCESS_GROUP bob:2\n'),
    file('/home/joe/public_html/.htaccess', 'SetEnv PROCESS_GROUP joe:1\n'),
  ];
}

/**
 * Revision B over A: include and one map change, one map appears, one disappears; one .htaccess changes, one
 * appears (new directory), one disappears (directory removed from the model), one stays identical.
 */
export function revisionB(configDir: string): DeployFile[] {
  return [
    file('httpd/hostplane.conf', include(configDir, ['b', 'shared'], 'B')),
    file('httpd/maps/b.map', '/app/b.wsgi bob:3\n'),
    file('httpd/maps/shared.map', '/app/s.wsgi joe:2\n'),
    file('/home/bob/public_html/.htaccess', 'SetEnv PROCESS_GROUP bob:3\n'),
    file('/home/joe/public_html/.htaccess', 'SetEnv PROCESS_GROUP joe:1\n'),
    file('/home/joe/new/.htaccess', 'SetEnv PROCESS_GROUP joe:2\n'),
  ];
}

/** B with only one .htaccess changed. */
export function revisionBHtaccessOnly(configDir: string): DeployFile[] {
  return revisionB(configDir).map((f) =>
    f.path === '/home/joe/public_html/.htaccess' ? file(f.path, 'SetEnv PROCESS_GROUP joe:3\n') : f,
  );
}

/** B with only the content of an existing map changed. */
export function revisionBMapOnly(configDir: string): DeployFile[] {
  return revisionB(configDir).map((f) =>
    f.path === 'httpd/maps/shared.map' ? file(f.path, '/app/s.wsgi joe:3\n') : f,
  );
}

function include(configDir: string, maps: string[], tag: string): string {
  const lines = [`# revision ${tag}`];
  maps.forEach((stem, i) => {
    lines.push(`<VirtualHost *:80>`, `ServerName ${stem}.example.test`, 'RewriteEngine On');
    lines.push(`RewriteMap m${i} txt:${configDir}/maps/${stem}.map`, '</VirtualHost>');
  });
  return `${lines.join('\n')}\n`;
}
