import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { ServerModel } from '#apache';
import { AppModule } from '../../../../apps/api/src/app.module.js';
import { PasswordHasher } from '../../../../apps/api/src/auth/password-hasher.js';
import { configureApp } from '../../../../apps/api/src/configure-app.js';
import { toConfigValues } from '../../../../apps/api/src/platform/config/load-config.js';
import { parseEnv } from '../../../../apps/api/src/platform/config/parse-env.js';
import type { Database } from '../../../../apps/api/src/platform/database/database.js';
import { DATABASE } from '../../../../apps/api/src/platform/database/database.tokens.js';
import { createLogger } from '../../../../apps/api/src/platform/logging/create-logger.js';
import { daemonGroupToRow } from '../../../../apps/api/src/model-store/mappers/daemon-group.mapper.js';
import { directoryToRow } from '../../../../apps/api/src/model-store/mappers/directory.mapper.js';
import { serverSettingsToRow } from '../../../../apps/api/src/model-store/mappers/server.mapper.js';
import { tenantToRow } from '../../../../apps/api/src/model-store/mappers/tenant.mapper.js';
import { virtualHostToRow } from '../../../../apps/api/src/model-store/mappers/virtual-host.mapper.js';
import { LogCapture } from '../../support/log-capture.js';

/**
 * A second API process on an EXISTING database (createTestApp always makes a fresh one): the real module
 * graph and configureApp, as main.ts builds it, so two of them behave like two replicas.
 */
export async function startReplica(
  databaseUrl: string,
  env: Readonly<Record<string, string>>,
  jwtSecret: string,
): Promise<{ app: NestExpressApplication; http: () => ReturnType<typeof request> }> {
  const parsed = parseEnv({ LOG_LEVEL: 'warn', ...env });
  const config = toConfigValues(parsed, jwtSecret);
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({ config, logger: createLogger(config.logLevel, new LogCapture()), databaseUrl }),
    ],
  }).compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true }),
  );
  await app.init();
  return { app, http: () => request(app.getHttpServer()) };
}

export function jwtSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Writes a whole engine model as rows, the way the inventory endpoints would have stored it. */
export async function insertModel(db: Database, model: ServerModel): Promise<void> {
  const { daemonGroups, virtualHosts, tenants, directories, ...settings } = model;
  await db.server.create({ data: serverSettingsToRow(settings) });
  for (const tenant of tenants) await db.tenant.create({ data: tenantToRow(tenant) });
  for (const vhost of virtualHosts) await db.virtualHost.create({ data: virtualHostToRow(vhost, model.id) });
  for (const group of daemonGroups) await db.daemonGroup.create({ data: daemonGroupToRow(group, model.id) });
  for (const directory of directories) {
    await db.directory.create({ data: directoryToRow(directory, model.id) });
    for (const [position, rule] of directory.rules.entries()) {
      await db.htaccessRule.create({
        data: {
          directoryId: directory.id,
          position,
          files: rule.files ?? null,
          filesMatch: rule.filesMatch ?? null,
          variable: rule.variable ?? 'PROCESS_GROUP',
          processGroup: rule.processGroup,
        },
      });
    }
  }
}

export interface Login {
  username: string;
  password: string;
}

/** A user straight in the database (tenant users bound to an existing tenant id). */
export async function createUser(
  app: NestExpressApplication,
  username: string,
  role: 'admin' | 'tenant',
  tenantId: string | null = null,
): Promise<Login> {
  const password = `${username}-password-123`;
  const passwordHash = await app.get(PasswordHasher).hash(password);
  await app.get<Database>(DATABASE).user.create({ data: { username, passwordHash, role, tenantId } });
  return { username, password };
}

export async function bearer(http: () => ReturnType<typeof request>, login: Login): Promise<string> {
  const res = await http().post('/api/v1/auth/login').send(login);
  if (res.status !== 200) throw new Error(`login ${login.username}: ${res.status} ${res.text}`);
  return `Bearer ${(res.body as { accessToken: string }).accessToken}`;
}
