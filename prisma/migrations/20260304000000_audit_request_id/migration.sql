-- Issue 11: the request that made each change (the X-Request-Id every answer carries), so the events one request wrote
-- (a spec PUT writes one per changed object) can be found together and matched with the access log.
ALTER TABLE "audit_events" ADD COLUMN "request_id" TEXT;
CREATE INDEX "audit_events_request_id_idx" ON "audit_events"("request_id");
