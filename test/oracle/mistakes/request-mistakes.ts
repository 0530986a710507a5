/**
 * Mistakes Apache accepts at start-up but refuses per request (HTTP 500), each made by hand in a tenant's
 * .htaccess or the vhost. The error-log line is mod_wsgi 4.9.4's text with `: <script path>` appended
 * (spec §2.6); `apacheMessage` is the part before that suffix.
 */
export interface RequestMistake {
  key: string;
  /** The script requested, inside bob's public_html (served under /bob/). */
  script: string;
  /** WSGIRestrictProcess list of the case's own <Directory> (each case gets its own directory). */
  restrict: string;
  /** .htaccess block selecting the group for that script. */
  htaccess: string;
  status: number;
  apacheMessage: string;
}

const select = (script: string, value: string) =>
  `<Files ${script}>\nSetEnv PROCESS_GROUP ${value}\n</Files>\n`;

export const REQUEST_MISTAKES: readonly RequestMistake[] = [
  {
    key: 'not-a-member',
    restrict: 'bob:1 bob:2',
    script: 'joe.wsgi',
    htaccess: select('joe.wsgi', 'joe:1'),
    status: 500,
    apacheMessage:
      "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups",
  },
  {
    key: 'unknown-group',
    restrict: 'bob:1 bob:9',
    script: 'ghost.wsgi',
    // Listed in the restriction list, so the list check passes and the lookup fails (spec §2.6 order).
    htaccess: select('ghost.wsgi', 'bob:9'),
    status: 500,
    apacheMessage: "No WSGI daemon process called 'bob:9' has been configured",
  },
  {
    key: 'other-vhost-group',
    restrict: 'bob:1 other:1',
    script: 'foreign.wsgi',
    htaccess: select('foreign.wsgi', 'other:1'),
    status: 500,
    apacheMessage: "Daemon process called 'other:1' cannot be accessed by this WSGI application",
  },
  {
    key: 'embedded-disabled',
    restrict: 'bob:1 %{GLOBAL}',
    script: 'embedded.wsgi',
    htaccess: select('embedded.wsgi', '%{GLOBAL}'),
    status: 500,
    apacheMessage: 'Embedded mode of mod_wsgi disabled by runtime configuration',
  },
  {
    key: 'process-group-in-htaccess',
    restrict: 'bob:1 bob:2',
    script: 'wpg.wsgi',
    htaccess: 'WSGIProcessGroup bob:2\n',
    status: 500,
    apacheMessage: 'WSGIProcessGroup not allowed here',
  },
  {
    // Observed on 2.4.71: inside a container the context check speaks first; the spec only quotes "not allowed here".
    key: 'process-group-in-htaccess-files',
    restrict: 'bob:1 bob:2',
    script: 'wpgf.wsgi',
    htaccess: '<Files wpgf.wsgi>\nWSGIProcessGroup bob:2\n</Files>\n',
    status: 500,
    apacheMessage: 'WSGIProcessGroup not allowed in <Files> context',
  },
  {
    key: 'restrict-process-in-htaccess',
    restrict: 'bob:1 bob:2',
    script: 'wrp.wsgi',
    htaccess: 'WSGIRestrictProcess bob:1 joe:1\n',
    status: 500,
    apacheMessage: 'WSGIRestrictProcess not allowed here',
  },
];
