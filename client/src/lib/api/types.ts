// The shapes the pages work with, taken from the generated OpenAPI types (schema.d.ts).
import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['UserDto'];
export type Role = User['role'];
export type PersonKind = NonNullable<User['kind']>;
export type Unit = Schemas['UnitDto'];
export type UnitKind = Unit['kind'];
export type UnitLevel = NonNullable<Unit['level']>;
export type PublicUnit = Schemas['PublicUnitDto'];
export type Session = Schemas['SessionDto'];
export type AuthConfig = Schemas['AuthConfigDto'];
export type RegisterInput = Schemas['RegisterDto'];
export type UserPage = Schemas['UserPageDto'];
export type PersonInput = Schemas['CreateUserDto'];
export type CreatedUser = Schemas['CreatedUserDto'];
export type RowError = Schemas['RowErrorDto'];
export type UnitImportResult = Schemas['UnitImportResultDto'];
export type RosterImportResult = Schemas['RosterImportResultDto'];
export type RosterPreviewRow = Schemas['RosterPreviewRowDto'];
export type Credential = Schemas['CredentialDto'];
export type DuplicateGroup = Schemas['DuplicateGroupDto'];

/** CreateUnitDto, with the headcounts typed as the numbers the server validates them as. */
export type UnitInput = Omit<Schemas['CreateUnitDto'], 'staffCount' | 'studentCount' | 'parentId'> & {
  parentId: string | null;
  staffCount?: number | null;
  studentCount?: number | null;
};

export const roles = ['admin', 'organizer', 'participant'] as const satisfies readonly Role[];
export const personKinds = ['staff', 'student'] as const satisfies readonly PersonKind[];
export const unitKinds = ['department', 'commune', 'school', 'other'] as const satisfies readonly UnitKind[];
export const unitLevels = ['MN', 'TH', 'THCS', 'THPT', 'LC'] as const satisfies readonly UnitLevel[];
