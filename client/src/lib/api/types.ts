// The shapes the pages work with, taken from the generated OpenAPI types (schema.d.ts).
import type { components, paths } from './schema';

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

export type Question = Schemas['QuestionDto'];
export type QuestionInput = Schemas['QuestionInputDto'];
export type QuestionOptionInput = Schemas['OptionInputDto'];
export type QuestionPage = Schemas['QuestionPageDto'];
export type SavedQuestion = Schemas['SavedQuestionDto'];
export type DuplicateRef = Schemas['DuplicateRefDto'];
export type QuestionType = Question['type'];
export type QuestionStatus = Question['status'];
export type CognitiveLevel = NonNullable<Question['cognitiveLevel']>;
export type Difficulty = NonNullable<Question['difficulty']>;
export type MatrixCell = Schemas['MatrixCellDto'];
export type Topic = Schemas['TopicDto'];
export type LegalDocument = Schemas['LegalDocumentDto'];
export type SupersedeResult = Schemas['SupersedeResultDto'];
export type BankGrant = Schemas['GrantDto'];
export type StatusChangeResult = Schemas['StatusChangeResultDto'];
export type QuestionImportResult = Schemas['ImportResultDto'];
export type QuestionImportProblem = Schemas['ImportProblemDto'];
export type QuestionFormat = NonNullable<paths['/api/questions/import']['post']>['parameters']['query']['format'];
export type QuestionFilters = Omit<NonNullable<paths['/api/questions']['get']['parameters']['query']>, 'page' | 'pageSize'>;

export const questionTypes = ['single', 'multiple', 'true_false', 'short_text', 'numeric'] as const satisfies readonly QuestionType[];
export const questionStatuses = ['draft', 'in_review', 'approved', 'retired'] as const satisfies readonly QuestionStatus[];
export const cognitiveLevels = [
  'recognition',
  'comprehension',
  'application',
  'high_application',
] as const satisfies readonly CognitiveLevel[];
export const difficulties = ['easy', 'medium', 'hard'] as const satisfies readonly Difficulty[];
export const questionFormats = ['gift', 'aiken', 'xlsx', 'csv', 'json'] as const satisfies readonly QuestionFormat[];

// Timed contests
export type Contest = Schemas['ContestDto'];
export type ContestInput = Schemas['ContestInputDto'];
export type ContestRound = Schemas['RoundDto'];
export type ContestStatus = Contest['status'];
export type RoundState = ContestRound['state'];
export type ReviewPolicy = Contest['review'];
export type ReviewShows = Schemas['ReviewShowsDto'];
export type TieBreak = Contest['tieBreaks'][number];
export type Counting = Contest['counting'];
export type DrawCell = Schemas['MatrixCellInputDto'];
export type MatrixShortfall = Schemas['MatrixShortfallDto'];
export type MyResult = Schemas['MyResultDto'];
export type Attempt = Schemas['AttemptDto'];
export type PaperQuestion = Schemas['PaperQuestionDto'];
export type SavedAnswer = Schemas['SavedAnswerDto'];
export type SaveAnswerResult = Schemas['SaveAnswerResultDto'];
export type SubmitResult = Schemas['SubmitResultDto'];
export type AttemptReview = Schemas['ReviewDto'];
export type ReviewItem = Schemas['ReviewItemDto'];
export type Leaderboard = Schemas['LeaderboardDto'];
export type LeaderboardEntry = Schemas['LeaderboardEntryDto'];
export type LeaderboardUnit = Schemas['LeaderboardUnitDto'];

export const tieBreaks = ['prediction', 'time', 'submitted'] as const satisfies readonly TieBreak[];
export const reviewPolicies = ['immediately', 'after_close', 'never'] as const satisfies readonly ReviewPolicy[];
