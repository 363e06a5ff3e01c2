import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { CommandExecutor } from '../commands/command-executor';
import { CommandOpts, type CommandOptions } from '../commands/command-options';
import { ApiProblems } from '../http/api-problems.decorator';
import { ProblemException } from '../http/problem';
import { CommandAnswerDto } from '../organisation/organisation.dto';
import { loadOrganisation } from '../organisation/organisation-stream';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import { loadEmployee, employeeCommand } from './employee-stream';
import { awaitPosition } from '../read-models/min-position';
import { listEmployees } from '../read-models/employee-list.query';
import { EmployeeListQueryDto, EraseEmployeeDto, RegisterEmployeeDto } from './employees.dto';

@ApiTags('employees')
@ApiCookieAuth()
@Controller('employees')
export class EmployeesController {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly commands: CommandExecutor,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register an employee (hr, admin). Name, national id and position are stored encrypted.' })
  @ApiCreatedResponse({ type: CommandAnswerDto })
  @ApiProblems(400, 401, 403)
  async register(@CurrentActor() actor: Actor, @Body() body: RegisterEmployeeDto, @CommandOpts() options: CommandOptions) {
    this.policy.requireRole(actor, 'admin', 'hr');
    const { units } = await loadOrganisation(this.runtime.store);
    if (!units.some((unit) => unit.id === body.unitId)) {
      throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
        { field: 'unitId', code: 'UNIT_NOT_FOUND', message: 'is not a unit of the organisation (see GET /api/units)' },
      ]);
    }
    const employeeId = this.commands.newId(actor, options);
    const command = employeeCommand(employeeId, { type: 'RegisterEmployee', data: { employeeId, ...body } }, { authorize: () => undefined });
    return this.commands.execute(command, actor, options);
  }

  @Get()
  @ApiOperation({ summary: 'Active employees by name, at most 200, narrowed by q and unitId (hr, admin); no national ids' })
  @ApiOkResponse({ schema: { example: [{ id: 'uuid', name: 'Kari Nordmann', unitId: 'uuid', unitName: 'Sykehjemmet', position: 'Helsefagarbeider' }] } })
  @ApiProblems(400, 401, 403, 503)
  async list(@CurrentActor() actor: Actor, @Query() query: EmployeeListQueryDto) {
    this.policy.requireRole(actor, 'admin', 'hr');
    await awaitPosition(this.runtime.projections, ['directory'], query.minPosition ? Number(query.minPosition) : undefined);
    return listEmployees(this.runtime.pool, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One employee (hr, admin); erased fields are null' })
  @ApiOkResponse({ schema: { example: { id: 'uuid', status: 'active', name: 'Kari Nordmann', nationalId: '15076500565', unitId: 'uuid', position: 'Helsefagarbeider', version: 1 } } })
  @ApiProblems(401, 403, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe({ exceptionFactory: () => employeeNotFound() })) id: string) {
    this.policy.requireRole(actor, 'admin', 'hr');
    const employee = await loadEmployee(this.runtime.store, id);
    if (employee.status === 'empty') throw employeeNotFound();
    return employee;
  }

  @Post(':id/erasure')
  @ApiOperation({
    summary: "Erase an employee's personal data (admin): deletes their data key (crypto-shredding) and records EmployeeErased",
  })
  @ApiCreatedResponse({ type: CommandAnswerDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async erase(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => employeeNotFound() })) id: string,
    @Body() body: EraseEmployeeDto,
    @CommandOpts() options: CommandOptions,
  ) {
    this.policy.requireRole(actor, 'admin');
    const command = employeeCommand(id, { type: 'EraseEmployee', data: { employeeId: id, reason: body.reason } }, {
      authorize: (state) => {
        if (state.status === 'empty') throw employeeNotFound();
      },
      // The key goes first: if recording the event then fails, a retry records it, and the
      // data is unreadable either way.
      beforeAppend: () => this.runtime.keys.erase(id),
    });
    return this.commands.execute(command, actor, options);
  }
}

function employeeNotFound(): ProblemException {
  return new ProblemException(404, 'EMPLOYEE_NOT_FOUND', 'There is no such employee');
}
