import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '../../../access/access-policy';
import { UsersRepository } from '../../../auth/users.repository';
import { CommandExecutor, type CommandAnswer } from '../../../commands/command-executor';
import { loadEmployee } from '../../../employees/employee-stream';
import { ProblemException } from '../../../http/problem';
import { RUNTIME, type Runtime } from '../../../runtime/runtime';
import { caseCommand } from '../../case-stream';
import { OpenCaseCommand } from './open-case.command';

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand, CommandAnswer> {
  private readonly users: UsersRepository;

  constructor(
    private readonly policy: AccessPolicy,
    private readonly executor: CommandExecutor,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    this.users = new UsersRepository(runtime.dataSource);
  }

  async execute({ body, actor, options }: OpenCaseCommand): Promise<CommandAnswer> {
    this.policy.requireMayOpenCase(actor);
    const employee = await loadEmployee(this.runtime.store, body.employeeId);
    if (employee.status === 'empty') throw invalid('employeeId', 'EMPLOYEE_NOT_FOUND', 'is not a registered employee');
    if (employee.status === 'erased') throw new ProblemException(409, 'EMPLOYEE_ERASED', 'The employee has been erased: no new case can be opened about them');
    const leader = await this.users.findById(body.leaderId);
    if (leader?.role !== 'leader') throw invalid('leaderId', 'NOT_A_LEADER', 'must be a user with the role leader');

    const caseId = this.executor.newId(actor, options);
    const command = { type: 'OpenCase' as const, data: { caseId, unitId: employee.unitId, ...body } };
    // Who may open cases was checked above; CaseOpened itself records who did.
    const context = { actorId: actor.id, rules: this.runtime.rules, authorize: () => undefined };
    return this.executor.execute(caseCommand(caseId, command, context, caseId), actor, options);
  }
}

function invalid(field: string, code: string, message: string): ProblemException {
  return new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [{ field, code, message }]);
}
