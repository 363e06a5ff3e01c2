import { Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { RUNTIME, type Runtime } from './runtime/runtime';

@Module({})
export class AppModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: [HealthController],
      providers: [{ provide: RUNTIME, useValue: runtime }],
      exports: [RUNTIME],
    };
  }
}
