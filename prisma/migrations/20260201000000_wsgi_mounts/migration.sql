-- WSGIScriptAlias mounts (issue 10): one row per `WSGIScriptAlias urlPath script [options]` of a vhost,
-- owned by a tenant or (tenant_id NULL) by the admins. A mount goes with its vhost; a tenant or server
-- that still has mounts cannot be deleted.
CREATE TABLE "wsgi_mounts" (
    "id" TEXT NOT NULL,
    "virtual_host_id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "tenant_id" TEXT,
    "url_path" TEXT,
    "url_pattern" TEXT,
    "script" TEXT NOT NULL,
    "process_group" TEXT,
    "application_group" TEXT,
    "callable_object" TEXT,
    "pass_authorization" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "wsgi_mounts_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "wsgi_mounts_virtual_host_id_created_at_idx" ON "wsgi_mounts"("virtual_host_id", "created_at");
CREATE INDEX "wsgi_mounts_server_id_idx" ON "wsgi_mounts"("server_id");
CREATE INDEX "wsgi_mounts_tenant_id_idx" ON "wsgi_mounts"("tenant_id");

ALTER TABLE "wsgi_mounts" ADD CONSTRAINT "wsgi_mounts_virtual_host_id_server_id_fkey" FOREIGN KEY ("virtual_host_id", "server_id") REFERENCES "virtual_hosts"("id", "server_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "wsgi_mounts" ADD CONSTRAINT "wsgi_mounts_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "wsgi_mounts" ADD CONSTRAINT "wsgi_mounts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
