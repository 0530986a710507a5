-- hostplane_restart, payload "<server id>": a daemon group restart of the server was requested, changed state
-- or was deleted, so whether restarts are pending for it may have changed. The API replicas keep each
-- server's pending count in memory for the agents' polls (the Hostplane-Restarts-Pending header) and drop
-- it on this notification (docs/decisions/0005-cache-invalidation.md; a trigger, so every write path notifies).
CREATE FUNCTION "hostplane_notify_restart_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('hostplane_restart', OLD."server_id");
    RETURN OLD;
  END IF;
  PERFORM pg_notify('hostplane_restart', NEW."server_id");
  IF TG_OP = 'UPDATE' AND OLD."server_id" IS DISTINCT FROM NEW."server_id" THEN
    PERFORM pg_notify('hostplane_restart', OLD."server_id");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "daemon_group_restarts_notify"
  AFTER INSERT OR DELETE OR UPDATE OF "state", "server_id" ON "daemon_group_restarts"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_restart_change"();
