import type { Actor } from '../../../auth/roles';
import type { CommandOptions } from '../../../commands/command-options';
import type { OpenCaseDto } from './open-case.dto';

/** Open a case about an employee, with their nearest leader. */
export class OpenCaseCommand {
  constructor(
    readonly body: OpenCaseDto,
    readonly actor: Actor,
    readonly options: CommandOptions,
  ) {}
}
