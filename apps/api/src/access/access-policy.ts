import { Inject, Injectable } from '@nestjs/common';
import type { Actor, Role } from '../auth/roles';
import { ProblemException } from '../http/problem';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import { AccessLog } from './access-log';

/** What the policy needs to know of a case to decide who may see it. */
export interface CaseAccessFacts {
  caseId: string;
  leaderId: string;
}

/** What a caller may do with a case: read it (HR-only parts too), or run one of its commands. */
export type CaseAction = 'read' | 'hr_read' | 'hr_command' | 'leader_command';

/**
 * The one place that says who may do what. Every controller's handler calls it first.
 * - admin and hr: everything about every case; users and organisation are admin's.
 * - leader: only cases where they are the leader; any other case is answered as if it did
 *   not exist (404). Leaders record measures (actions); HR records the rest.
 * - safety_rep: no case data at all, only the aggregated risk register.
 * Every read of a case and every refused attempt is written to the access log. An allowed
 * command is not: the event it appends records who did what and when.
 */
@Injectable()
export class AccessPolicy {
  readonly log: AccessLog;

  constructor(@Inject(RUNTIME) runtime: Runtime) {
    this.log = new AccessLog(runtime.pool);
  }

  requireRole(actor: Actor, ...roles: Role[]): void {
    if (!roles.includes(actor.role)) {
      throw new ProblemException(403, 'FORBIDDEN', `This needs one of the roles ${roles.join(', ')}; you are ${actor.role}`);
    }
  }

  /**
   * Allows or refuses `actor` on a case (`facts` null when no such case exists) and logs the
   * attempt. `what` names the route for the log, e.g. `read:timeline` or `command:IdentifyRisk`.
   */
  async requireCase(actor: Actor, caseId: string, facts: CaseAccessFacts | null, action: CaseAction, what: string): Promise<void> {
    const visible = facts !== null && this.canSee(actor, facts);
    const allowed = visible && this.mayDo(actor, action);
    const isRead = action === 'read' || action === 'hr_read';
    if (isRead || !allowed) await this.log.record(actor, caseId, what, allowed ? 'allowed' : 'denied');
    if (!visible) throw notFound(caseId);
    if (!allowed) throw new ProblemException(403, 'FORBIDDEN', `Your role (${actor.role}) may not ${describe(action)} in this case`);
  }

  /** Before a case exists: who may open one. */
  requireMayOpenCase(actor: Actor): void {
    this.requireRole(actor, 'admin', 'hr');
  }

  private canSee(actor: Actor, facts: CaseAccessFacts): boolean {
    if (actor.role === 'admin' || actor.role === 'hr') return true;
    return actor.role === 'leader' && facts.leaderId === actor.id;
  }

  private mayDo(actor: Actor, action: CaseAction): boolean {
    if (action === 'read' || action === 'leader_command') return true;
    // hr_read and hr_command: HR's parts of a case.
    return actor.role === 'admin' || actor.role === 'hr';
  }
}

export function notFound(caseId: string): ProblemException {
  return new ProblemException(404, 'CASE_NOT_FOUND', `There is no case ${caseId} that you can see`);
}

function describe(action: CaseAction): string {
  if (action === 'hr_command') return 'record this (HR records it)';
  return action === 'hr_read' ? 'see this (HR and admin only)' : 'do this';
}
