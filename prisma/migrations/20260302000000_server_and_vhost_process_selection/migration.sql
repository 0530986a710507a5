-- Issue 10 item 3: WSGIRestrictProcess and WSGIProcessGroup at server scope and in a <VirtualHost>.
-- NULL = no directive (the outer scope's value applies); [] = an empty list, which denies everything (spec §3).
ALTER TABLE "servers" ADD COLUMN "restrict_process" JSONB;
ALTER TABLE "servers" ADD COLUMN "process_group" TEXT;
ALTER TABLE "servers" ADD CONSTRAINT "servers_restrict_process_is_array_check"
  CHECK ("restrict_process" IS NULL OR jsonb_typeof("restrict_process") = 'array');

ALTER TABLE "virtual_hosts" ADD COLUMN "restrict_process" JSONB;
ALTER TABLE "virtual_hosts" ADD CONSTRAINT "virtual_hosts_restrict_process_is_array_check"
  CHECK ("restrict_process" IS NULL OR jsonb_typeof("restrict_process") = 'array');
