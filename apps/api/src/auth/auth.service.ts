import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '../http/problem';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import { LoginThrottle } from './login-throttle';
import { DUMMY_HASH_PROMISE, passwordHasher } from './password-hasher';
import type { Actor } from './roles';
import { SessionStore } from './session-store';
import { publicUser, type PublicUser } from './user.entity';
import { UsersRepository } from './users.repository';

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  user: PublicUser;
}

@Injectable()
export class AuthService {
  readonly sessions: SessionStore;
  readonly users: UsersRepository;
  private readonly throttle: LoginThrottle;

  constructor(@Inject(RUNTIME) runtime: Runtime) {
    this.sessions = new SessionStore(runtime.pool);
    this.users = new UsersRepository(runtime.dataSource);
    this.throttle = new LoginThrottle(runtime.pool);
  }

  async login(email: string, password: string, address: string): Promise<SignedIn> {
    await this.throttle.check(email, address);
    const user = await this.users.findForLogin(email);
    // Verify against a dummy hash for unknown accounts, so the answer time reveals nothing.
    const valid = await passwordHasher.verify(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
    await this.throttle.record(email, address, Boolean(user && valid));
    if (!user || !valid) throw new ProblemException(401, 'INVALID_CREDENTIALS', 'The e-mail address or the password is wrong');
    const session = await this.sessions.create(user.id);
    return { sessionId: session.id, csrfToken: session.csrfToken, user: publicUser(user) };
  }

  /** Every session of the user ends, this one included; the caller gets a fresh one. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<SignedIn> {
    const hash = await this.users.passwordHashOf(actor.id);
    if (!hash || !(await passwordHasher.verify(hash, currentPassword))) {
      throw new ProblemException(400, 'INVALID_INPUT', 'The current password is wrong', [
        { field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'is not your current password' },
      ]);
    }
    await this.users.setPassword(actor.id, newPassword);
    await this.sessions.deleteAllOf(actor.id);
    const session = await this.sessions.create(actor.id);
    const user = await this.users.findById(actor.id);
    return { sessionId: session.id, csrfToken: session.csrfToken, user: publicUser(user!) };
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.delete(actor.sessionId);
  }
}
