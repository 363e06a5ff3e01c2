import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../http/api-problems.decorator';
import { ChangePasswordDto, LoginDto, SessionAnswer } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { Public } from './public.decorator';
import type { Actor } from './roles';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { publicUser } from './user.entity';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets the HttpOnly session cookie and returns the CSRF token' })
  @ApiOkResponse({ type: SessionAnswer })
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const signedIn = await this.auth.login(body.email, body.password, request.ip);
    setSessionCookie(request, reply, signedIn.sessionId);
    return { csrfToken: signedIn.csrfToken, user: signedIn.user };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Sign out: ends the session on the server' })
  @ApiNoContentResponse()
  @ApiProblems(401, 403)
  async logout(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(actor);
    clearSessionCookie(request, reply);
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The signed-in user and the CSRF token' })
  @ApiOkResponse({ type: SessionAnswer })
  @ApiProblems(401)
  async me(@CurrentActor() actor: Actor) {
    const user = await this.auth.users.findById(actor.id);
    return { csrfToken: actor.csrfToken, user: publicUser(user!) };
  }

  @Post('password')
  @HttpCode(200)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Change your password: ends every session of yours and starts a new one here' })
  @ApiOkResponse({ type: SessionAnswer })
  @ApiProblems(400, 401, 403)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const signedIn = await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
    setSessionCookie(request, reply, signedIn.sessionId);
    return { csrfToken: signedIn.csrfToken, user: signedIn.user };
  }
}
