import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../password-hasher.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { Principal } from '../principal.js';
import { PrincipalCache } from '../principal-cache.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Transaction } from '../../platform/database/database.js';
import { TransactionRunner } from '../../platform/database/transaction-runner.js';
import { UserAdminRepository, type UserChanges, type UserRow } from './user-admin.repository.js';
import type { UserRole } from './user-role.js';
import type { CreateUserRequest, UpdateUserRequest, UserDto, UserListQuery } from './user.dto.js';
import { presentUser } from './user.presenter.js';
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';

/** User administration (admins only; the controller's @AdminOnly says so). Every change is audited. */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UserAdminRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditEventRepository,
    private readonly principals: PrincipalCache,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserDto>> {
    const page = await this.users.listUsers(query, query);
    return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<UserDto> {
    return presentUser(await this.found(await this.users.findUser(id), id));
  }

  async create(principal: Principal, request: CreateUserRequest): Promise<UserDto> {
    assertAcceptablePassword(request.password, request.username);
    const passwordHash = await this.hasher.hash(request.password);
    const tenantId = request.role === 'tenant' ? (request.tenantId ?? null) : null;
    const created = await this.transactions.run(async (tx) => {
      if (await this.users.usernameTaken(tx, request.username)) {
        throw new AppError('CONFLICT', `The username ${request.username} is taken.`);
      }
      if (tenantId !== null) await this.requireTenant(tx, tenantId);
      const user = await this.users.createUser(tx, {
        username: request.username,
        passwordHash,
        role: request.role,
        tenantId,
      });
      await this.record(tx, principal, 'user.create', user.id, { after: user, tenantId });
      return user;
    });
    return presentUser(created);
  }

  async update(
    principal: Principal,
    id: string,
    request: UpdateUserRequest,
    ifMatch?: string,
  ): Promise<UserDto> {
    const passwordHash =
      request.password === undefined ? undefined : await this.hasher.hash(request.password);
    const updated = await this.transactions.run(async (tx) => {
      const before = await this.found(await this.users.lockAdminSetAndFind(tx, id), id);
      assertIfMatch(ifMatch, presentUser(before));
      if (request.password !== undefined) assertAcceptablePassword(request.password, before.username);
      const role: UserRole = request.role ?? before.role;
      const disabled = request.disabled ?? before.disabled;
      if (before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled)) {
        await this.requireAnotherAdmin(tx, id);
      }
      // An admin belongs to no tenant: becoming admin clears it; a tenant user needs one.
      const tenantId =
        role === 'admin' ? null : request.tenantId === undefined ? before.tenantId : request.tenantId;
      if (role === 'admin' && request.tenantId) {
        throw modelInvalid('TENANT_FORBIDDEN_FOR_ADMIN', 'An admin belongs to no tenant.');
      }
      if (role === 'tenant' && tenantId === null) {
        throw modelInvalid('TENANT_REQUIRED', 'A tenant user needs a tenantId.');
      }
      if (tenantId !== null && tenantId !== before.tenantId) await this.requireTenant(tx, tenantId);
      // What a session stands for changed: every session issued before now ends (SessionJwtStrategy).
      const credentialsChanged =
        passwordHash !== undefined ||
        role !== before.role ||
        tenantId !== before.tenantId ||
        disabled !== before.disabled;
      const now = new Date();
      const changes: UserChanges = {
        role,
        tenantId,
        disabled,
        ...(passwordHash === undefined ? {} : { passwordHash }),
        ...(credentialsChanged ? { credentialsChangedAt: now } : {}),
      };
      const after = await this.users.updateUser(tx, id, changes);
      // A password reset is what an admin does when an account may be compromised: its API tokens, which
      // the old password could have minted, go too. (Role and tenant changes reach tokens live instead.)
      const tokensRevoked = passwordHash === undefined ? 0 : await this.users.revokeApiTokensOf(tx, id, now);
      await this.record(tx, principal, 'user.update', id, {
        before,
        after: {
          ...after,
          ...(passwordHash === undefined ? {} : { passwordChanged: true, tokensRevoked }),
          ...(credentialsChanged ? { sessionsEnded: true } : {}),
        },
        tenantId: after.tenantId ?? before.tenantId,
      });
      return after;
    });
    // Committed: this replica applies it from the next request on; others when the NOTIFY arrives.
    this.principals.forgetUser(id);
    return presentUser(updated);
  }

  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const before = await this.found(await this.users.lockAdminSetAndFind(tx, id), id);
      assertIfMatch(ifMatch, presentUser(before));
      if (before.role === 'admin' && !before.disabled) await this.requireAnotherAdmin(tx, id);
      await this.users.deleteUser(tx, id);
      await this.record(tx, principal, 'user.delete', id, { before, tenantId: before.tenantId });
    });
    this.principals.forgetUser(id);
  }

  private found(user: UserRow | null, id: string): UserRow {
    if (!user) throw new AppError('NOT_FOUND', `No user ${id}.`);
    return user;
  }

  private async requireTenant(tx: Transaction, tenantId: string): Promise<void> {
    if (!(await this.users.tenantExists(tx, tenantId))) {
      throw modelInvalid('TENANT_NOT_FOUND', `No tenant ${tenantId}.`);
    }
  }

  /** Whoever asks (including the admin themselves), the last enabled admin stays: someone must administer. */
  private async requireAnotherAdmin(tx: Transaction, id: string): Promise<void> {
    if ((await this.users.countEnabledAdminsExcept(tx, id)) === 0) {
      throw new AppError('CONFLICT', 'This is the last enabled admin; create or enable another admin first.');
    }
  }

  private record(
    tx: Transaction,
    principal: Principal,
    action: string,
    targetId: string,
    snapshot: { before?: UserRow; after?: object; tenantId: string | null },
  ): Promise<void> {
    return this.audit.record(tx, { principal, action, targetType: 'user', targetId, ...snapshot });
  }
}

function modelInvalid(code: string, message: string): AppError {
  return new AppError('MODEL_INVALID', message, {
    diagnostics: [{ code, severity: 'error', path: '/tenantId', message }],
  });
}
