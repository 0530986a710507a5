-- Issue 10: the Python X.Y mod_wsgi embeds (the publish preflight checks virtualenvs against it), and where a
-- tenant's virtualenvs and code may live (NULL = /home/<unix_user>).
ALTER TABLE "servers" ADD COLUMN "python_version" TEXT;
ALTER TABLE "tenants" ADD COLUMN "home_directory" TEXT;
