#!/bin/sh
# Start Apache in the background, then run the agent in the foreground (it pulls, applies and reloads).
set -eu
/usr/sbin/apache2ctl start
exec node /app/dist/apps/agent/src/main.js "$@"
