import { Inject, Injectable } from '@nestjs/common';
import { caseStreamId, replayCase, type CaseEvent, type ExportFormat } from '@app/case-domain';
import { HASH_ALGORITHM, verifyStream } from '@app/event-store';
import { buildCaseExport, exportDigest, type CaseExport } from '@app/nav-export';
import { AccessPolicy } from '../../access/access-policy';
import { UsersRepository } from '../../auth/users.repository';
import type { Actor } from '../../auth/roles';
import { ProblemException } from '../../http/problem';
import { toRecorded } from '../../event-sourcing/domain-streams';
import { loadNavParties, navApplicationOf } from '../../read-models/nav-application.query';
import { RUNTIME, type Runtime } from '../../runtime/runtime';
import { CaseCommands } from '../case-commands.service';
import { loadAccessFacts } from '../case-stream';

/** A case changing while its export is made is rare; after this many tries the caller gets the 412. */
const ATTEMPTS = 3;

/**
 * Makes a case's export: checks access (HR and admin; logged), builds the document from the
 * stream as stored (up to its current version, the chain recomputed over the same events),
 * then records CaseExported with the document's digest, expecting that same version, before
 * the document is handed out. So no export leaves unrecorded, and `cli verify` can tell a
 * genuine file from an edited one by its digest.
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly cases: CaseCommands,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async export(caseId: string, actor: Actor, format: ExportFormat): Promise<CaseExport> {
    await this.mayExport(caseId, actor, format);
    for (let attempt = 1; ; attempt++) {
      const doc = await this.build(caseId, actor, new Date().toISOString());
      try {
        await this.cases.run({
          caseId,
          actor,
          options: { fingerprint: '', expectedVersion: doc.chain.eventCount },
          access: 'hr_command',
          build: () => ({ command: { type: 'ExportCase', data: { format, digest: exportDigest(doc) } }, answerId: caseId }),
        });
        return doc;
      } catch (error) {
        // Someone recorded something meanwhile: export the case as it is now instead.
        if (attempt < ATTEMPTS && error instanceof ProblemException && error.status === 412) continue;
        throw error;
      }
    }
  }

  /** The access check alone (logged), e.g. for a HEAD request that must not record an export. */
  async mayExport(caseId: string, actor: Actor, format: ExportFormat): Promise<void> {
    const facts = await loadAccessFacts(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, facts, 'hr_read', `export:${format}`);
  }

  private async build(caseId: string, actor: Actor, generatedAt: string): Promise<CaseExport> {
    const { store } = this.runtime;
    // One read: the chain is checked over the stored form, the document shows the decrypted one.
    const raw = await store.readRaw(caseStreamId(caseId));
    const events = await store.decrypt(raw);
    const state = replayCase(events.map((e) => toRecorded<CaseEvent>(e)));
    const [parties, users] = await Promise.all([loadNavParties(this.runtime, state), new UsersRepository(this.runtime.dataSource).list()]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    return buildCaseExport({
      state,
      events,
      chain: verifyStream(raw),
      algorithm: HASH_ALGORITHM,
      organisation: { name: parties.organisation.name, orgNumber: parties.organisation.orgNumber },
      employeeName: parties.employee.name,
      unitName: parties.organisation.units.find((u) => u.id === state.unitId)?.name ?? null,
      userName: (id) => names.get(id),
      nav: navApplicationOf(parties, state, this.runtime),
      timeZone: this.runtime.rules.timeZone,
      generatedBy: { id: actor.id, name: actor.name, role: actor.role },
      generatedAt,
    });
  }
}
