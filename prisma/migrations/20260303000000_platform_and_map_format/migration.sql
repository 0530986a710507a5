-- Issue 10 items 4 and 5. A server's platform: mod_wsgi has no daemon mode on Windows, so such a server
-- refuses daemon groups, process-group selection and restriction lists (docs/rules.md).
ALTER TABLE "servers" ADD COLUMN "platform" TEXT NOT NULL DEFAULT 'linux';
ALTER TABLE "servers" ADD CONSTRAINT "servers_platform_check" CHECK ("platform" IN ('linux', 'windows'));

-- A process-group map's format lives in its JSON ("txt" | "dbm": dbm is built with httxt2dbm at apply
-- time). Every stored map says it explicitly, so readers never guess.
UPDATE "virtual_hosts"
   SET "process_group_map" = "process_group_map" || '{"format": "txt"}'::jsonb
 WHERE "process_group_map" IS NOT NULL AND jsonb_typeof("process_group_map") = 'object'
   AND NOT ("process_group_map" ? 'format');
ALTER TABLE "virtual_hosts" ADD CONSTRAINT "virtual_hosts_process_group_map_format_check"
  CHECK ("process_group_map" IS NULL OR jsonb_typeof("process_group_map") <> 'object'
         OR coalesce("process_group_map" ->> 'format', 'txt') IN ('txt', 'dbm'));
