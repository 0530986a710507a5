-- hostplane_publication, payload "<server id>": a revision of the server was stored, changed status or was
-- deleted, so what GET /servers/{id}/publications/live answers (and its ETag) may have changed. The API
-- replicas keep each server's wanted revision in memory for the agents' polls and drop it on this
-- notification (docs/decisions/0005-cache-invalidation.md; a trigger, so every write path notifies).
CREATE FUNCTION "hostplane_notify_publication_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('hostplane_publication', OLD."server_id");
    RETURN OLD;
  END IF;
  PERFORM pg_notify('hostplane_publication', NEW."server_id");
  IF TG_OP = 'UPDATE' AND OLD."server_id" IS DISTINCT FROM NEW."server_id" THEN
    PERFORM pg_notify('hostplane_publication', OLD."server_id");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "publications_notify"
  AFTER INSERT OR DELETE OR UPDATE OF "status", "server_id", "revision" ON "publications"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_publication_change"();
