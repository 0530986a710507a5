import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ServerSpec } from '#apache';
import { AdminOnly } from '../auth/decorators/auth-policy.decorators.js';
import { CurrentPrincipal } from '../auth/decorators/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { validationProblem } from '../platform/http/validation/validation-problem.js';
import { ApplyServerSpec, type ApplyAnswer } from './apply-server-spec.use-case.js';
import { ExportServerSpec } from './export-server-spec.use-case.js';
import { ImportServerFiles } from './import-server-files.use-case.js';
import { applyAnswerSchema } from './apply-answer.dto.js';
import {
  importReportSchema,
  importRequestSchema,
  serverSpecSchema,
  type ImportReport,
  type ImportRequest,
} from './server-spec.dto.js';
import { applySpecQuery, type ApplySpecQuery } from './server-spec.query.js';
import { specEtag } from './spec-etag.js';
import { prefersYaml, specBodyFromYaml, specToYaml, YAML_MEDIA_TYPE } from './spec-media.js';

@ApiTags('server-spec')
@Controller('servers')
export class ServerSpecController {
  constructor(
    private readonly exporter: ExportServerSpec,
    private readonly applier: ApplyServerSpec,
    private readonly importer: ImportServerFiles,
  ) {}

  @Get(':serverId/spec')
  @AdminOnly()
  @ApiProduces('application/json', YAML_MEDIA_TYPE)
  @ApiOkResponse({
    standardSchema: serverSpecSchema,
    description: 'The server as one document; ETag per media type',
  })
  async export(
    @Param('serverId') serverId: string,
    @Headers('accept') accept: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ServerSpec | string | undefined> {
    const spec = await this.exporter.run(serverId);
    const yaml = prefersYaml(accept);
    const etag = specEtag(spec, yaml ? 'yaml' : 'json');
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept');
    if (
      ifNoneMatch !== undefined &&
      ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')
    ) {
      res.status(304);
      return undefined;
    }
    if (!yaml) return spec;
    res.type(YAML_MEDIA_TYPE);
    return specToYaml(spec);
  }

  @Put(':serverId/spec')
  @AdminOnly()
  @HttpCode(200)
  @ApiConsumes('application/json', YAML_MEDIA_TYPE)
  @ApiOkResponse({
    standardSchema: applyAnswerSchema,
    description: 'The plan that was applied (or, dryRun, would be)',
  })
  @ApiResponse({ status: 412, description: 'If-Match does not name the current spec (precondition-failed)' })
  @ApiResponse({
    status: 422,
    description:
      'The document would make the server invalid; `errors` point into it (model-invalid); nothing stored',
  })
  apply(
    @CurrentPrincipal() principal: Principal,
    @Param('serverId') serverId: string,
    @Query({ schema: applySpecQuery }) query: ApplySpecQuery,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: unknown,
  ): Promise<ApplyAnswer> {
    const spec = parseSpec(typeof body === 'string' ? specBodyFromYaml(body) : body);
    return this.applier.run(principal, serverId, spec, { dryRun: query.dryRun, prune: query.prune, ifMatch });
  }

  @Post(':serverId/imports')
  @AdminOnly()
  @HttpCode(200)
  @ApiOkResponse({
    standardSchema: importReportSchema,
    description: 'What Hostplane would manage; nothing stored',
  })
  import(
    @Param('serverId') serverId: string,
    @Body({ schema: importRequestSchema }) body: ImportRequest,
  ): Promise<ImportReport> {
    return this.importer.run(serverId, body) as Promise<ImportReport>;
  }
}

/** One schema for both media types: the YAML tree is checked exactly like the JSON body. */
function parseSpec(body: unknown): ServerSpec {
  const result = serverSpecSchema.safeParse(body);
  if (!result.success) throw validationProblem(result.error.issues);
  return result.data as ServerSpec;
}
