import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { AuthService } from '../auth/auth.service';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { publicUser } from '../auth/user.entity';
import { ApiProblems } from '../http/api-problems.decorator';
import { CreateUserDto } from './users.dto';

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
}
