-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('admin', 'tenant');

-- CreateEnum
CREATE TYPE "publication_status" AS ENUM ('pending', 'live', 'failed', 'superseded', 'rolled_back');

-- CreateTable
CREATE TABLE "servers" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mod_wsgi_version" TEXT NOT NULL DEFAULT '4.9',
    "socket_prefix" TEXT,
    "restrict_embedded" BOOLEAN NOT NULL DEFAULT false,
    "apache_user" TEXT NOT NULL DEFAULT 'www-data',
    "apache_group" TEXT NOT NULL DEFAULT 'www-data',
    "config_dir" TEXT NOT NULL DEFAULT '/etc/apache2/hostplane',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "servers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daemon_groups" (
    "id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "virtual_host_id" TEXT,
    "tenant_id" TEXT,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "processes" INTEGER,
    "threads" INTEGER,
    "user" TEXT,
    "group" TEXT,
    "options" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "daemon_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "virtual_hosts" (
    "id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "server_name" TEXT NOT NULL,
    "server_aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "addresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "document_root" TEXT,
    "process_group" TEXT,
    "application_group" TEXT,
    "env" JSONB NOT NULL DEFAULT '{}',
    "process_group_map" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "virtual_hosts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tenants" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unix_user" TEXT NOT NULL,
    "unix_group" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "user_role" NOT NULL,
    "tenant_id" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directories" (
    "id" TEXT NOT NULL,
    "virtual_host_id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "url_path" TEXT,
    "allow_override" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "handlers" JSONB NOT NULL DEFAULT '[]',
    "restrict_process" JSONB,
    "process_group" TEXT,
    "env" JSONB NOT NULL DEFAULT '{}',
    "htaccess_revision" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "directories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "htaccess_rules" (
    "id" TEXT NOT NULL,
    "directory_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "files" TEXT,
    "files_match" TEXT,
    "variable" TEXT NOT NULL DEFAULT 'PROCESS_GROUP',
    "process_group" TEXT NOT NULL,

    CONSTRAINT "htaccess_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publications" (
    "id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "parent_id" TEXT,
    "digest" TEXT NOT NULL,
    "files" JSONB NOT NULL,
    "diagnostics" JSONB NOT NULL DEFAULT '[]',
    "status" "publication_status" NOT NULL DEFAULT 'pending',
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "actor_user_id" TEXT,
    "credential_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMPTZ(3),
    "log" TEXT,

    CONSTRAINT "publications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "actor_user_id" TEXT,
    "credential_id" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "server_id" TEXT,
    "tenant_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "id" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response_body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "servers_name_key" ON "servers"("name");

-- CreateIndex
CREATE INDEX "daemon_groups_virtual_host_id_server_id_idx" ON "daemon_groups"("virtual_host_id", "server_id");

-- CreateIndex
CREATE INDEX "daemon_groups_tenant_id_idx" ON "daemon_groups"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "daemon_groups_server_id_name_key_key" ON "daemon_groups"("server_id", "name_key");

-- CreateIndex
CREATE INDEX "virtual_hosts_server_id_server_name_idx" ON "virtual_hosts"("server_id", "server_name");

-- CreateIndex
CREATE UNIQUE INDEX "virtual_hosts_id_server_id_key" ON "virtual_hosts"("id", "server_id");

-- CreateIndex
CREATE UNIQUE INDEX "tenants_name_key" ON "tenants"("name");

-- CreateIndex
CREATE UNIQUE INDEX "tenants_unix_user_key" ON "tenants"("unix_user");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "users_tenant_id_idx" ON "users"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "directories_virtual_host_id_path_idx" ON "directories"("virtual_host_id", "path");

-- CreateIndex
CREATE INDEX "directories_tenant_id_path_idx" ON "directories"("tenant_id", "path");

-- CreateIndex
CREATE UNIQUE INDEX "directories_server_id_path_key" ON "directories"("server_id", "path");

-- CreateIndex
CREATE UNIQUE INDEX "htaccess_rules_directory_id_position_key" ON "htaccess_rules"("directory_id", "position");

-- CreateIndex
CREATE INDEX "publications_server_id_status_idx" ON "publications"("server_id", "status");

-- CreateIndex
CREATE INDEX "publications_parent_id_idx" ON "publications"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "publications_server_id_revision_key" ON "publications"("server_id", "revision");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_user_id_created_at_idx" ON "audit_events"("actor_user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_target_type_target_id_created_at_idx" ON "audit_events"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_server_id_created_at_idx" ON "audit_events"("server_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_created_at_idx" ON "audit_events"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_keys_principal_key_key" ON "idempotency_keys"("principal", "key");

-- AddForeignKey
ALTER TABLE "daemon_groups" ADD CONSTRAINT "daemon_groups_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daemon_groups" ADD CONSTRAINT "daemon_groups_virtual_host_id_server_id_fkey" FOREIGN KEY ("virtual_host_id", "server_id") REFERENCES "virtual_hosts"("id", "server_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daemon_groups" ADD CONSTRAINT "daemon_groups_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "virtual_hosts" ADD CONSTRAINT "virtual_hosts_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directories" ADD CONSTRAINT "directories_virtual_host_id_server_id_fkey" FOREIGN KEY ("virtual_host_id", "server_id") REFERENCES "virtual_hosts"("id", "server_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directories" ADD CONSTRAINT "directories_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directories" ADD CONSTRAINT "directories_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "htaccess_rules" ADD CONSTRAINT "htaccess_rules_directory_id_fkey" FOREIGN KEY ("directory_id") REFERENCES "directories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publications" ADD CONSTRAINT "publications_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publications" ADD CONSTRAINT "publications_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "publications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written invariants Prisma cannot express (Prisma's diff leaves CHECK constraints alone).
-- A tenant user always belongs to a tenant.
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_role_has_tenant_check" CHECK ("role" <> 'tenant' OR "tenant_id" IS NOT NULL);

-- A rule is either <Files> or <FilesMatch>, never both or neither.
ALTER TABLE "htaccess_rules" ADD CONSTRAINT "htaccess_rules_one_selector_check" CHECK (("files" IS NULL) <> ("files_match" IS NULL));

-- WSGIRestrictProcess: SQL NULL = no directive, otherwise a JSON array (a JSON null would blur the two).
ALTER TABLE "directories" ADD CONSTRAINT "directories_restrict_process_is_array_check" CHECK ("restrict_process" IS NULL OR jsonb_typeof("restrict_process") = 'array');
