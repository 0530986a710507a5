import { Injectable } from '@nestjs/common';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../principal.js';
import { PrincipalCache } from '../principal-cache.js';
import { AppError } from '../../platform/errors/app-error.js';
import { TransactionRunner } from '../../platform/database/transaction-runner.js';
import type { Page } from '../../platform/http/pagination/index.js';
import { issueApiToken } from './api-token-format.js';
import { apiTokenOwnerScopeOf } from './api-token-owner-scope.js';
import type {
  ApiTokenDto,
  ApiTokenListQuery,
  CreateApiTokenRequest,
  CreatedApiToken,
} from './api-token.dto.js';
import { presentApiToken, presentCreatedApiToken } from './api-token.presenter.js';
import { ApiTokenRepository } from './api-token.repository.js';

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tokens: ApiTokenRepository,
    private readonly audit: AuditEventRepository,
    private readonly principals: PrincipalCache,
  ) {}

  /** The token belongs to the caller and so carries the caller's role and tenant (resolved per request). */
  async create(principal: Principal, request: CreateApiTokenRequest): Promise<CreatedApiToken> {
    const serverId = request.serverId ?? null;
    // An agent token is the key to a web server's configuration: only admins hand those out.
    if (serverId !== null && principal.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Only admins can create server-scoped (agent) tokens.');
    }
    const issued = issueApiToken();
    const stored = await this.transactions.run(async (tx) => {
      if (serverId !== null && !(await this.tokens.serverExists(tx, serverId))) {
        const message = `No server ${serverId}.`;
        throw new AppError('MODEL_INVALID', message, {
          diagnostics: [{ code: 'SERVER_NOT_FOUND', severity: 'error', path: '/serverId', message }],
        });
      }
      const token = await this.tokens.createToken(tx, {
        id: issued.id,
        userId: principal.userId,
        name: request.name,
        prefix: issued.prefix,
        tokenHash: issued.secretHash,
        expiresAt: request.expiresAt === undefined ? null : new Date(request.expiresAt),
        serverId,
      });
      await this.audit.record(tx, {
        principal,
        action: 'api-token.create',
        targetType: 'api-token',
        targetId: token.id,
        tenantId: principal.tenantId,
        after: token,
      });
      return token;
    });
    return presentCreatedApiToken(stored, issued.token);
  }

  /** Admins see everyone's tokens (narrowed by ?userId=); anyone else only their own. */
  async list(principal: Principal, query: ApiTokenListQuery): Promise<Page<ApiTokenDto>> {
    const owners = apiTokenOwnerScopeOf(principal);
    const page = await this.tokens.listUnrevokedTokens(
      owners,
      { userId: query.userId, name: query.name },
      query,
    );
    return { items: page.items.map(presentApiToken), nextCursor: page.nextCursor };
  }

  /** Owner or admin. Someone else's token is 404, as if it did not exist (no probing of ids). */
  async revoke(principal: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const token = await this.tokens.lockUnrevokedToken(tx, id, apiTokenOwnerScopeOf(principal));
      if (!token) throw new AppError('NOT_FOUND', `No API token ${id}.`);
      const revokedAt = new Date();
      await this.tokens.revokeToken(tx, id, revokedAt);
      await this.audit.record(tx, {
        principal,
        action: 'api-token.revoke',
        targetType: 'api-token',
        targetId: id,
        tenantId: principal.tenantId,
        before: token,
        after: { ...token, revokedAt },
      });
    });
    // Committed: this replica refuses the token from the next request on; others when the NOTIFY arrives.
    this.principals.forgetToken(id);
  }
}
