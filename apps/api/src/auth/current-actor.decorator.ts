import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './roles';

/** The signed-in user of this request (set by SessionGuard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
