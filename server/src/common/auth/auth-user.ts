import type { SchoolLevel } from '../../units/unit.entity.js';
import type { ParticipantKind, Role } from '../../users/user.entity.js';

/** Who is calling, as resolved from their session: what every scoped query starts from. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  kind: ParticipantKind | null;
  className: string | null;
  /** The path of the user's unit ("/a/b/"); null for an admin, whose scope is everything. */
  unitPath: string | null;
  /** The school level of the user's unit (MN, TH, THCS…), when the session resolved it. */
  unitLevel?: SchoolLevel | null;
}

/** Can `user` manage the unit at `unitPath` (and so everything in it)? */
export function managesPath(user: AuthUser, unitPath: string): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'organizer' || user.unitPath === null) return false;
  return unitPath.startsWith(user.unitPath);
}
