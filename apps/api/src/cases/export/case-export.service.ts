import { Inject, Injectable } from '@nestjs/common';
import { caseStreamId, replayCase, type CaseEvent, type ExportFormat } from '@app/case-domain';
import { HASH_ALGORITHM, verifyStream } from '@app/event-store';
import { buildCaseExport, type CaseExport } from '@app/nav-export';
import { AccessPolicy } from '../../access/access-policy';
import { UsersRepository } from '../../auth/users.repository';
import type { Actor } from '../../auth/roles';
import { loadEmployee } from '../../employees/employee-stream';
import { toRecorded } from '../../event-sourcing/domain-streams';
import { loadOrganisation } from '../../organisation/organisation-stream';
import { navApplication } from '../../read-models/nav-application.query';
import { RUNTIME, type Runtime } from '../../runtime/runtime';
import { CaseCommands } from '../case-commands.service';
import { loadAccessFacts } from '../case-stream';

/**
 * Makes a case's export: checks access (HR and admin; logged), records CaseExported first —
 * so no export leaves without its record — then builds the document from the stream as
 * stored, including that record, with the chain recomputed over the same events.
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly cases: CaseCommands,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async export(caseId: string, actor: Actor, format: ExportFormat): Promise<CaseExport> {
    const facts = await loadAccessFacts(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, facts, 'hr_read', `export:${format}`);
    const recorded = await this.cases.run({
      caseId,
      actor,
      options: { fingerprint: '' },
      access: 'hr_command',
      build: () => ({ command: { type: 'ExportCase', data: { format } }, answerId: caseId }),
    });
    return this.build(caseId, actor, recorded.version);
  }

  private async build(caseId: string, actor: Actor, exportVersion: number): Promise<CaseExport> {
    const { store } = this.runtime;
    const raw = await store.readRaw(caseStreamId(caseId));
    // Read second, so it holds at least the raw events; later appends are cut off.
    const events = (await store.read(caseStreamId(caseId))).slice(0, raw.length);
    const state = replayCase(events.map((e) => toRecorded<CaseEvent>(e)));
    const [organisation, employee, users, nav] = await Promise.all([
      loadOrganisation(store),
      loadEmployee(store, state.employeeId),
      new UsersRepository(this.runtime.dataSource).list(),
      navApplication(this.runtime, state),
    ]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    return buildCaseExport({
      state,
      events,
      chain: verifyStream(raw),
      algorithm: HASH_ALGORITHM,
      organisation: { name: organisation.name, orgNumber: organisation.orgNumber },
      employeeName: employee.name,
      unitName: organisation.units.find((u) => u.id === state.unitId)?.name ?? null,
      userName: (id) => names.get(id),
      nav,
      timeZone: this.runtime.rules.timeZone,
      generatedBy: { id: actor.id, name: actor.name, role: actor.role },
      generatedAt: events[exportVersion - 1]?.metadata.occurredAt ?? new Date().toISOString(),
    });
  }
}
