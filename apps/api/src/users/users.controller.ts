import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { AuthService } from '../auth/auth.service';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { publicUser } from '../auth/user.entity';
import { ApiProblems } from '../http/api-problems.decorator';
import { ProblemException } from '../http/problem';
import { CreateUserDto, UpdateUserDto } from './users.dto';

@ApiTags('users')
@ApiCookieAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly auth: AuthService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiCreatedResponse({ description: 'The user, without the password' })
  @ApiProblems(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    this.policy.requireRole(actor, 'admin');
    return publicUser(await this.auth.users.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'Every user (admin, hr, leader: to choose leaders and who is responsible for a measure)' })
  @ApiOkResponse({ description: 'Users, by name' })
  @ApiProblems(401, 403)
  async list(@CurrentActor() actor: Actor) {
    this.policy.requireRole(actor, 'admin', 'hr', 'leader');
    return (await this.auth.users.list()).map(publicUser);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's name, phone or role (admin). Takes effect on their next request; an administrator cannot change their own role" })
  @ApiOkResponse({ description: 'The user, without the password' })
  @ApiProblems(400, 401, 403, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => userNotFound() })) id: string,
    @Body() body: UpdateUserDto,
  ) {
    this.policy.requireRole(actor, 'admin');
    if (id === actor.id && body.role !== undefined && body.role !== actor.role) {
      // Otherwise the last administrator could lock everyone out of user management.
      throw new ProblemException(409, 'OWN_ROLE', 'You cannot change your own role; ask another administrator', [
        { field: 'role', code: 'OWN_ROLE', message: 'cannot be changed for yourself' },
      ]);
    }
    const user = await this.auth.users.update(id, { ...body, ...(body.name !== undefined ? { name: body.name.trim() } : {}) });
    if (!user) throw userNotFound();
    return publicUser(user);
  }
}

function userNotFound(): ProblemException {
  return new ProblemException(404, 'USER_NOT_FOUND', 'There is no such user');
}
