# Reports which mod_wsgi process group and unix identity really served the request.
import grp
import json
import os
import pwd


def application(environ, start_response):
    body = json.dumps({
        'process_group': environ.get('mod_wsgi.process_group'),
        'application_group': environ.get('mod_wsgi.application_group'),
        'uid': os.getuid(),
        'gid': os.getgid(),
        'user': pwd.getpwuid(os.getuid()).pw_name,
        'group': grp.getgrgid(os.getgid()).gr_name,
        'env_process_group': environ.get('PROCESS_GROUP'),
    }).encode('utf-8')
    start_response('200 OK', [('Content-Type', 'application/json'), ('Content-Length', str(len(body)))])
    return [body]
