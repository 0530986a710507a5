import type { ModWsgiVersion } from '../model/server-model.js';

/** The error-log texts of wsgi_hook_handler / wsgi_execute_remote (spec §2.6), per mod_wsgi generation. */
export interface WsgiMessages {
  notAMember(group: string): string;
  noSuchGroup(group: string): string;
  /** The same lookup failure when the server defines no daemon group at all (6.x gives it its own id). */
  noDaemonsAtAll(group: string): string;
  notAccessible(group: string): string;
  embeddedDisabled: string;
  execCgiOff: string;
  scriptNotFound: string;
}

const V4: WsgiMessages = {
  notAMember: (g) =>
    `Daemon process called '${g}' cannot be accessed by this WSGI application as not a member of allowed groups`,
  noSuchGroup: (g) => `No WSGI daemon process called '${g}' has been configured`,
  noDaemonsAtAll: (g) => V4.noSuchGroup(g),
  notAccessible: (g) => `Daemon process called '${g}' cannot be accessed by this WSGI application`,
  embeddedDisabled: 'Embedded mode of mod_wsgi disabled by runtime configuration',
  execCgiOff: 'Options ExecCGI is off in this directory',
  scriptNotFound: 'Target WSGI script not found or unable to stat',
};

/** 6.x prefixes a message id and ends with a period (spec §2.6 table). */
const V6: WsgiMessages = {
  notAMember: (g) => `WSGI0149: ${V4.notAMember(g)}.`,
  noSuchGroup: (g) => `WSGI0151: ${V4.noSuchGroup(g)}.`,
  noDaemonsAtAll: (g) => `WSGI0150: ${V4.noSuchGroup(g)}.`,
  notAccessible: (g) => `WSGI0152: ${V4.notAccessible(g)}.`,
  embeddedDisabled: `WSGI0143: ${V4.embeddedDisabled}.`,
  execCgiOff: `WSGI0134: ${V4.execCgiOff}.`,
  scriptNotFound: `WSGI0135: ${V4.scriptNotFound}.`,
};

export function wsgiMessages(version: ModWsgiVersion): WsgiMessages {
  return version === '6.0' ? V6 : V4;
}
