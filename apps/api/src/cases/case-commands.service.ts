import { Inject, Injectable } from '@nestjs/common';
import type { CaseCommand, CaseState } from '@app/case-domain';
import { AccessPolicy, type CaseAction } from '../access/access-policy';
import type { Actor } from '../auth/roles';
import { CommandExecutor, type CommandAnswer } from '../commands/command-executor';
import type { CommandOptions } from '../commands/command-options';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import { accessFacts, caseCommand } from './case-stream';

/** What a case use case asks for: which case, as whom, what access it needs, and the command. */
export interface CaseCommandRequest {
  caseId: string;
  actor: Actor;
  options: CommandOptions;
  access: CaseAction;
  /** Builds the domain command; `newId` gives the id of what it creates (stable under Idempotency-Key). */
  build(newId: () => string): { command: CaseCommand; answerId: string };
  /** Checks against other data (a user exists), run right after the access check. */
  validate?(): Promise<void>;
}

/** `build` for a command that creates something in the case: the new id goes in `idField` and is the answer. */
export function creating(type: CaseCommand['type'], idField: string, body: object): CaseCommandRequest['build'] {
  return (newId) => {
    const id = newId();
    return { command: { type, data: { [idField]: id, ...body } } as CaseCommand, answerId: id };
  };
}

/** Runs a command on an existing case: access check first (and logged), then the executor. */
@Injectable()
export class CaseCommands {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly executor: CommandExecutor,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  run(request: CaseCommandRequest): Promise<CommandAnswer> {
    const { caseId, actor, options, access } = request;
    const { command, answerId } = request.build(() => this.executor.newId(actor, options));
    const authorize = async (state: CaseState) => {
      await this.policy.requireCase(actor, caseId, accessFacts(state), access, `command:${command.type}`);
      await request.validate?.();
    };
    const context = { actorId: actor.id, rules: this.runtime.rules, authorize };
    return this.executor.execute(caseCommand(caseId, command, context, answerId), actor, options);
  }
}
