# An Apache 2.4 + mod_wsgi web server running the Hostplane agent, for trying the pull model end to end.
# Untested here: no Docker engine runs on the development machines (see README).
#   docker build -f docker/agent.Dockerfile -t hostplane-agent .

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
COPY bench ./bench
RUN npm run build

FROM node:20.20-bookworm-slim
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends apache2 libapache2-mod-wsgi-py3 \
  && rm -rf /var/lib/apt/lists/* \
  && a2enmod rewrite wsgi >/dev/null \
  && mkdir -p /etc/apache2/hostplane /var/lib/hostplane-agent \
  # The published include file; the Define lets the agent's configtest point Apache at a staged copy.
  && printf '%s\n' '<IfDefine !HOSTPLANE_INCLUDE>' 'Define HOSTPLANE_INCLUDE /etc/apache2/hostplane/hostplane.conf' '</IfDefine>' \
       'IncludeOptional ${HOSTPLANE_INCLUDE}' > /etc/apache2/conf-enabled/zz-hostplane.conf
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY docker/agent-entrypoint.sh /usr/local/bin/agent-entrypoint.sh
# Root: the agent writes Apache's config and tenants' .htaccess files, and Apache must start as root to
# run daemon groups as tenant users (mod_wsgi's user=/group=).
ENV HOSTPLANE_CONFIG_DIR=/etc/apache2/hostplane \
    HOSTPLANE_AGENT_STATE_DIR=/var/lib/hostplane-agent \
    HOSTPLANE_CONFIGTEST_CMD='["/bin/sh","-c",". /etc/apache2/envvars && exec /usr/sbin/apache2 -t -C \"Define HOSTPLANE_INCLUDE $0\"","{include}"]' \
    HOSTPLANE_RELOAD_CMD='["/usr/sbin/apache2ctl","graceful"]' \
    HOSTPLANE_PROBE_URL=http://127.0.0.1/
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD ["/usr/sbin/apache2ctl", "status"]
ENTRYPOINT ["/usr/local/bin/agent-entrypoint.sh"]
