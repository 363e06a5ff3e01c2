import type { Actor } from '../../auth/roles';
import type { CommandOptions } from '../../commands/command-options';

/** What every case use case's command carries; each use case names its own subclass for the bus. */
export abstract class CaseCommandMessage<Body> {
  constructor(
    readonly caseId: string,
    readonly body: Body,
    readonly actor: Actor,
    readonly options: CommandOptions,
  ) {}
}

/** The same for a command on a part of the case (an action, an absence). */
export abstract class CasePartCommandMessage<Body> extends CaseCommandMessage<Body> {
  constructor(caseId: string, readonly partId: string, body: Body, actor: Actor, options: CommandOptions) {
    super(caseId, body, actor, options);
  }
}
