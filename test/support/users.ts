import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '../../apps/api/src/auth/roles';
import { UsersRepository } from '../../apps/api/src/auth/users.repository';
import type { Runtime } from '../../apps/api/src/runtime/runtime';
import { HttpClient } from './http-client';

export const TEST_PASSWORD = 'a-long-test-password';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  client: HttpClient;
}

/** A user of the given role, signed in through the real login route. */
export async function signedInUser(runtime: Runtime, app: NestFastifyApplication, role: Role, name = `${role} ${randomUUID().slice(0, 6)}`): Promise<TestUser> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.no`;
  const user = await new UsersRepository(runtime.dataSource).create({ email, name, role, password: TEST_PASSWORD, phone: '91234567' });
  const client = new HttpClient(app);
  const answer = await client.login(email, TEST_PASSWORD);
  if (answer.status !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
  return { id: user.id, email, name, role, client };
}
