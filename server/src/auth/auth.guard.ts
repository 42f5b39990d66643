import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { OPTIONAL_SESSION, PUBLIC_ROUTE, ROLES } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import type { Role } from '../users/user.entity.js';
import { SessionsService } from './sessions.service.js';
import { extractToken } from './token-extraction.js';

/** Every HTTP route needs a session unless marked @Public(); @Roles() narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_SESSION, targets)) {
      const token = extractToken({ authorization: request.headers.authorization, cookie: request.headers.cookie });
      request.user = token ? await this.sessions.resolve(token).catch(() => undefined) : undefined;
      return true;
    }
    const user = await this.sessions.resolve(
      extractToken({ authorization: request.headers.authorization, cookie: request.headers.cookie }),
    );
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new AppError('FORBIDDEN');
    return true;
  }
}
