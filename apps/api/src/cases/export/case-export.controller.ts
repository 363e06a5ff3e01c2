import { Controller, Get, Header, Inject, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { renderCaseExportPdf } from '@app/nav-export';
import type { ExportFormat } from '@app/case-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../../auth/current-actor.decorator';
import type { Actor } from '../../auth/roles';
import { ApiProblems } from '../../http/api-problems.decorator';
import { RUNTIME, type Runtime } from '../../runtime/runtime';
import { CaseId } from '../case-routes';
import { CaseExportService } from './case-export.service';
import { exportFileName } from './export-file-name';

/**
 * The case's documentation for NAV and for the employer's own records (hr, admin). Each
 * download appends CaseExported to the case and an entry to the access log.
 */
@ApiTags('export')
@ApiCookieAuth()
@Controller('cases')
export class CaseExportController {
  constructor(
    private readonly exports: CaseExportService,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get(':id/export.json')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({
    summary: "The case as JSON (docs/schemas/case-export.schema.json): NAV's application, missing fields, eligibility, every event decrypted with its hash, and the chain's head (hr, admin; recorded as CaseExported)",
  })
  @ApiOkResponse({ description: 'The export document, as an attachment' })
  @ApiProblems(401, 403, 404)
  @Header('cache-control', 'no-store')
  async json(@CaseId() caseId: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (request.method === 'HEAD') return this.head(caseId, actor, 'json', reply);
    const doc = await this.exports.export(caseId, actor, 'json');
    reply.header('content-disposition', `attachment; filename="${exportFileName(doc, 'json', this.runtime.rules.timeZone)}"`);
    return doc;
  }

  @Get(':id/export.pdf')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({
    summary: 'The case as an A4 PDF dossier in Norwegian: the NAV application, eligibility, absences and deadlines, risks, measures, the full timeline and an integrity section (hr, admin; recorded as CaseExported)',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF, as an attachment' })
  @ApiProblems(401, 403, 404)
  @Header('cache-control', 'no-store')
  async pdf(@CaseId() caseId: string, @CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (request.method === 'HEAD') return this.head(caseId, actor, 'pdf', reply);
    const doc = await this.exports.export(caseId, actor, 'pdf');
    const pdf = await renderCaseExportPdf(doc);
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="${exportFileName(doc, 'pdf', this.runtime.rules.timeZone)}"`);
    return pdf;
  }

  /**
   * Fastify answers HEAD with the GET handler. A link checker or download manager probing the
   * link must not record an export (nor bump the case's version): check access only.
   */
  private async head(caseId: string, actor: Actor, format: ExportFormat, reply: FastifyReply): Promise<string> {
    await this.exports.mayExport(caseId, actor, format);
    reply.header('content-type', format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8');
    return '';
  }
}
