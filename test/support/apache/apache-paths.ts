/** Where the Debian packages apache2 and libapache2-mod-wsgi-py3 put things (also what CI installs). */
export const APACHE_BIN = '/usr/sbin/apache2';
export const APACHE_SERVER_ROOT = '/etc/apache2';
export const APACHE_MODULES_DIR = '/usr/lib/apache2/modules';
export const MOD_WSGI_SO = `${APACHE_MODULES_DIR}/mod_wsgi.so`;
export const MIME_TYPES_FILE = '/etc/mime.types';
/** The Apache User/Group of the private instance, as in the spec's experiments. */
export const APACHE_RUN_USER = 'www-data';
export const APACHE_RUN_GROUP = 'www-data';
