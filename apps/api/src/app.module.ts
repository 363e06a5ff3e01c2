import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessPolicy } from './access/access-policy';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { SessionGuard } from './auth/session.guard';
import { HealthController } from './health/health.controller';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation';
import { RUNTIME, type Runtime } from './runtime/runtime';
import { UsersController } from './users/users.controller';
import { CasesModule } from './cases/cases.module';
import { CommandExecutor } from './commands/command-executor';
import { EmployeesController } from './employees/employees.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { OrganisationController } from './organisation/organisation.controller';
import { RiskRegisterController } from './risk-register/risk-register.controller';

@Module({})
export class AppModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [CqrsModule.forRoot(), CasesModule],
      controllers: [HealthController, AuthController, UsersController, OrganisationController, EmployeesController, RiskRegisterController, DeadlinesController],
      providers: [
        { provide: RUNTIME, useValue: runtime },
        AuthService,
        AccessPolicy,
        CommandExecutor,
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [RUNTIME, AuthService, AccessPolicy, CommandExecutor],
    };
  }
}
