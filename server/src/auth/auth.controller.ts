import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Public } from '../common/auth/decorators.js';
import type { UserDto } from '../users/user.dto.js';
import { UserDto as UserDtoClass } from '../users/user.dto.js';
import { AuthConfigDto, ChangePasswordDto, LoginDto, RegisterDto, SessionDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { SessionsService } from './sessions.service.js';
import { extractToken, SESSION_COOKIE } from './token-extraction.js';

function clientOf(request: Request) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

function tokenOf(request: Request): string | undefined {
  return extractToken({ authorization: request.headers.authorization, cookie: request.headers.cookie });
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Get('config')
  @ApiOkResponse({ type: AuthConfigDto })
  config(): AuthConfigDto {
    return { selfRegistration: this.auth.selfRegistration };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const { token, expiresAt, user } = await this.auth.login(body.username, body.password, clientOf(request));
    this.setCookie(response, token, expiresAt, request);
    return { token, user };
  }

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: SessionDto })
  async register(@Body() body: RegisterDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const { token, expiresAt, user } = await this.auth.register(body, clientOf(request));
    this.setCookie(response, token, expiresAt, request);
    return { token, user };
  }

  @Get('me')
  @ApiOkResponse({ type: UserDtoClass })
  me(@CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.auth.me(actor);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.revoke(tokenOf(request));
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(@CurrentUser() actor: AuthUser, @Body() body: ChangePasswordDto, @Req() request: Request): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, tokenOf(request));
  }

  private setCookie(response: Response, token: string, expiresAt: Date, request: Request): void {
    response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/', expires: expiresAt });
  }
}
