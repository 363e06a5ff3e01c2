import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ProblemException } from '../http/problem';
import { AuthService } from './auth.service';
import { PUBLIC } from './public.decorator';
import type { Actor } from './roles';
import { readSessionCookie } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a live session unless marked @Public(). A write authenticated by the
 * cookie must also carry the session's CSRF token in X-CSRF-Token.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const sessionId = readSessionCookie(request);
    const session = sessionId ? await this.auth.sessions.find(sessionId) : null;
    if (!session) throw new ProblemException(401, 'UNAUTHENTICATED', 'Sign in first (the session is missing or has expired)');
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.headers['x-csrf-token'], session.csrfToken)) {
      throw new ProblemException(403, 'CSRF_TOKEN_INVALID', 'Send the csrfToken from sign-in or /api/auth/me as the X-CSRF-Token header');
    }
    request.actor = { ...session.user, sessionId: session.idHash, csrfToken: session.csrfToken };
    return true;
  }
}

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
