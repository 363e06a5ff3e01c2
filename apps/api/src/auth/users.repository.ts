import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { ProblemException } from '../http/problem';
import { passwordHasher } from './password-hasher';
import type { Role } from './roles';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  phone?: string | null;
  role: Role;
  password: string;
}

/** Users in PostgreSQL through TypeORM; e-mail addresses are unique regardless of case. */
export class UsersRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  async create(user: NewUser): Promise<UserEntity> {
    const entity = this.users.create({
      id: randomUUID(),
      email: user.email.trim(),
      name: user.name.trim(),
      phone: user.phone ?? null,
      role: user.role,
      passwordHash: await passwordHasher.hash(user.password),
      passwordChangedAt: new Date(),
      createdAt: new Date(),
    });
    try {
      await this.users.insert(entity);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new ProblemException(409, 'EMAIL_TAKEN', 'A user with this e-mail address exists already', [
          { field: 'email', code: 'EMAIL_TAKEN', message: 'is already in use' },
        ]);
      }
      throw error;
    }
    return entity;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findManyById(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  /** With the password hash, for signing in. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  async passwordHashOf(id: string): Promise<string | null> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
    return user?.passwordHash ?? null;
  }

  async setPassword(id: string, password: string): Promise<void> {
    await this.users.update({ id }, { passwordHash: await passwordHasher.hash(password), passwordChangedAt: new Date() });
  }

  /** Changes name, phone or role; null when there is no such user. */
  async update(id: string, changes: Partial<Pick<UserEntity, 'name' | 'phone' | 'role'>>): Promise<UserEntity | null> {
    if (Object.keys(changes).length > 0) await this.users.update({ id }, changes);
    return this.findById(id);
  }

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { name: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
