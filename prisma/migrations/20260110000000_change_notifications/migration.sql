-- Change notifications for the API replicas' in-memory caches (docs/decisions/0005-cache-invalidation.md).
-- Triggers, not application code, so that EVERY committed change notifies whichever path made it. NOTIFY is
-- transactional: listeners hear it only when (and if) the transaction commits.

-- hostplane_model, payload "<server id>:<model_revision>": the server's model changed (or "<id>:-1": deleted).
CREATE FUNCTION "hostplane_notify_model_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('hostplane_model', OLD."id" || ':-1');
    RETURN OLD;
  END IF;
  PERFORM pg_notify('hostplane_model', NEW."id" || ':' || NEW."model_revision");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "servers_model_revision_notify"
  AFTER UPDATE OF "model_revision" ON "servers"
  FOR EACH ROW WHEN (OLD."model_revision" IS DISTINCT FROM NEW."model_revision")
  EXECUTE FUNCTION "hostplane_notify_model_change"();

CREATE TRIGGER "servers_delete_notify"
  AFTER DELETE ON "servers"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_model_change"();

-- hostplane_principal, payload "user:<id>" or "token:<id>": what authentication caches about a user or an
-- API token changed (disabled, role, tenant, password, deleted; revoked, expiry, owner, deleted).
-- last_used_at is deliberately not watched: it changes on use, not on policy.
CREATE FUNCTION "hostplane_notify_principal_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := CASE TG_TABLE_NAME WHEN 'users' THEN 'user' ELSE 'token' END;
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('hostplane_principal', kind || ':' || OLD."id");
    RETURN OLD;
  END IF;
  PERFORM pg_notify('hostplane_principal', kind || ':' || NEW."id");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "users_principal_notify"
  AFTER UPDATE OF "role", "tenant_id", "disabled", "password_hash", "username" OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_principal_change"();

CREATE TRIGGER "api_tokens_principal_notify"
  AFTER UPDATE OF "revoked_at", "expires_at", "user_id", "token_hash", "server_id" OR DELETE ON "api_tokens"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_principal_change"();
