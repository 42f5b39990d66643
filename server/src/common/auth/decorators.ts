import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../../users/user.entity.js';
import type { AuthUser } from './auth-user.js';

export const PUBLIC_ROUTE = 'lantoa:public';
export const OPTIONAL_SESSION = 'lantoa:optional-session';
export const ROLES = 'lantoa:roles';

/** The route needs no session. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The route works without a session; with a valid one, `request.user` is set. */
export const OptionalSession = () => SetMetadata(OPTIONAL_SESSION, true);

/** Only these roles may call the route (scope inside the unit tree is still checked by the service). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);
