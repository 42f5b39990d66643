// The organizer's contest form: what the inputs hold, and the API body made from them. Pure.
import type {
  CognitiveLevel,
  Contest,
  ContestInput,
  Counting,
  DrawCell,
  PersonKind,
  ReviewPolicy,
  ReviewShows,
  TieBreak,
  UnitLevel,
} from '../api/types.js';
import type { MessageKey } from '../i18n/vi.js';
import { requiredRemainingMs, type LateStartMode, type RegistrationPolicy } from './participation.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An instant as a `datetime-local` value on Vietnam's clock, whatever the device's time zone. */
export function toVietnamInput(value: string | number | Date): string {
  const shifted = new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS);
  return shifted.toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Vietnam's clock → ISO instant; null when incomplete or invalid. */
export function fromVietnamInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return new Date(utc - VIETNAM_OFFSET_MS).toISOString();
}

export interface RoundForm {
  /** Kept for a saved round, so a published contest's round can be extended. */
  id?: string;
  name: string;
  opensAt: string;
  closesAt: string;
}

/** `*` is "any": a wildcard cell of the draw matrix. */
export const ANY = '*';
export const cellKey = (topic: string | null, level: string | null): string => `${topic ?? ANY}|${level ?? ANY}`;

export interface ContestForm {
  title: string;
  description: string;
  rules: string;
  ownerUnitId: string | null;
  unitIds: string[];
  levels: UnitLevel[];
  kinds: PersonKind[];
  rounds: RoundForm[];
  durationMinutes: number;
  questionCount: number;
  /** Questions to draw per cell (`cellKey`); cells with 0 are left out of the matrix. */
  matrix: Record<string, number>;
  attemptsAllowed: number;
  counting: Counting;
  predictionEnabled: boolean;
  tieBreaks: TieBreak[];
  review: ReviewPolicy;
  reviewShows: ReviewShows;
  prizeCount: number;
  registration: RegistrationPolicy;
  lateStartMode: LateStartMode;
  /** For `minutes_before_close`; kept while another mode is chosen. */
  lateStartMinutes: number;
}

export const DEFAULT_TIE_BREAKS: TieBreak[] = ['prediction', 'time', 'submitted'];

/** A new contest with the usual Vietnamese law-contest defaults: one week, 20 questions in 20 minutes, 3 attempts. */
export function emptyForm(now: number, firstRoundName: string): ContestForm {
  const hour = 60 * 60 * 1000;
  const opens = Math.ceil(now / hour) * hour;
  return {
    title: '',
    description: '',
    rules: '',
    ownerUnitId: null,
    unitIds: [],
    levels: [],
    kinds: [],
    rounds: [{ name: firstRoundName, opensAt: toVietnamInput(opens), closesAt: toVietnamInput(opens + 7 * 24 * hour) }],
    durationMinutes: 20,
    questionCount: 20,
    matrix: {},
    attemptsAllowed: 3,
    counting: 'best',
    predictionEnabled: true,
    tieBreaks: [...DEFAULT_TIE_BREAKS],
    review: 'after_close',
    reviewShows: { score: true, correctness: true, key: true, explanation: true },
    prizeCount: 10,
    registration: 'audience_only',
    lateStartMode: 'until_close',
    lateStartMinutes: 15,
  };
}

/** The next round: same length as the last one, starting when it closes. */
export function nextRound(rounds: RoundForm[], name: string): RoundForm {
  const last = rounds.at(-1);
  const opens = last ? fromVietnamInput(last.closesAt) : null;
  const previousOpens = last ? fromVietnamInput(last.opensAt) : null;
  if (!opens) return { name, opensAt: '', closesAt: '' };
  const length = previousOpens ? Date.parse(opens) - Date.parse(previousOpens) : 7 * 24 * 3600_000;
  return { name, opensAt: toVietnamInput(opens), closesAt: toVietnamInput(Date.parse(opens) + Math.max(length, 3600_000)) };
}

export function formFromContest(contest: Contest): ContestForm {
  const matrix: Record<string, number> = {};
  for (const cell of contest.drawMatrix) matrix[cellKey(cell.topic ?? null, cell.cognitiveLevel ?? null)] = cell.count;
  return {
    title: contest.title,
    description: contest.description ?? '',
    rules: contest.rules ?? '',
    ownerUnitId: contest.ownerUnitId,
    unitIds: [...(contest.audience.unitIds ?? [])],
    levels: [...(contest.audience.levels ?? [])],
    kinds: [...(contest.audience.kinds ?? [])],
    rounds: contest.rounds.map((round) => ({
      id: round.id,
      name: round.name,
      opensAt: toVietnamInput(round.opensAt),
      closesAt: toVietnamInput(round.closesAt),
    })),
    durationMinutes: Math.max(1, Math.round(contest.durationSeconds / 60)),
    questionCount: contest.questionCount,
    matrix,
    attemptsAllowed: contest.attemptsAllowed,
    counting: contest.counting,
    predictionEnabled: contest.predictionEnabled,
    tieBreaks: [...contest.tieBreaks],
    review: contest.review,
    reviewShows: { ...contest.reviewShows },
    prizeCount: contest.prizeCount,
    registration: contest.registration,
    lateStartMode: contest.lateStart.mode,
    lateStartMinutes: contest.lateStart.minutes ?? 15,
  };
}

/** The matrix cells with a count, as the API takes them. */
export function drawMatrix(matrix: Record<string, number>): DrawCell[] {
  return Object.entries(matrix)
    .filter(([, count]) => Number.isInteger(count) && count > 0)
    .map(([key, count]) => {
      const [topic, level] = key.split('|') as [string, string];
      return {
        topic: topic === ANY ? null : topic,
        cognitiveLevel: level === ANY ? null : (level as CognitiveLevel),
        count,
      };
    });
}

export const matrixTotal = (matrix: Record<string, number>): number => drawMatrix(matrix).reduce((sum, cell) => sum + cell.count, 0);

export function formToInput(form: ContestForm): ContestInput {
  const text = (value: string) => value.normalize('NFC').trim();
  const description = text(form.description);
  const rules = text(form.rules);
  const audience: ContestInput['audience'] = {};
  if (form.unitIds.length) audience.unitIds = [...form.unitIds];
  if (form.levels.length) audience.levels = [...form.levels];
  if (form.kinds.length) audience.kinds = [...form.kinds];
  return {
    title: text(form.title),
    ...(description ? { description } : {}),
    ...(rules ? { rules } : {}),
    ...(form.ownerUnitId ? { ownerUnitId: form.ownerUnitId } : {}),
    audience,
    rounds: form.rounds.map((round) => ({
      name: text(round.name),
      opensAt: fromVietnamInput(round.opensAt) ?? '',
      closesAt: fromVietnamInput(round.closesAt) ?? '',
    })),
    durationSeconds: Math.round(form.durationMinutes * 60),
    questionCount: form.questionCount,
    drawMatrix: drawMatrix(form.matrix),
    attemptsAllowed: form.attemptsAllowed,
    counting: form.counting,
    predictionEnabled: form.predictionEnabled,
    tieBreaks: [...form.tieBreaks],
    review: form.review,
    reviewShows: { ...form.reviewShows },
    prizeCount: form.prizeCount,
    registration: form.registration,
    lateStart:
      form.lateStartMode === 'minutes_before_close'
        ? { mode: form.lateStartMode, minutes: form.lateStartMinutes }
        : { mode: form.lateStartMode },
  };
}

export interface FormProblem {
  /** The field it belongs to: `title`, `round.0.closesAt`, `matrix`… */
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** The checks the server makes too, so the form can say what is wrong before sending. */
export function checkForm(form: ContestForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const title = form.title.trim();
  if (title.length < 3 || title.length > 300) problems.push({ field: 'title', message: 'contestForm.error.title' });
  if (form.rounds.length === 0) problems.push({ field: 'rounds', message: 'contestForm.error.noRounds' });
  let previousClose: number | null = null;
  form.rounds.forEach((round, index) => {
    if (!round.name.trim()) problems.push({ field: `round.${index}.name`, message: 'contestForm.error.roundName' });
    const opens = fromVietnamInput(round.opensAt);
    const closes = fromVietnamInput(round.closesAt);
    if (!opens) problems.push({ field: `round.${index}.opensAt`, message: 'contestForm.error.dateTime' });
    if (!closes) problems.push({ field: `round.${index}.closesAt`, message: 'contestForm.error.dateTime' });
    if (opens && closes && Date.parse(closes) <= Date.parse(opens))
      problems.push({ field: `round.${index}.closesAt`, message: 'contestForm.error.closesBeforeOpens' });
    if (opens && previousClose !== null && Date.parse(opens) < previousClose)
      problems.push({ field: `round.${index}.opensAt`, message: 'contestForm.error.roundsOverlap' });
    if (closes) previousClose = Date.parse(closes);
  });
  if (!wholeIn(form.durationMinutes, 1, 1440)) problems.push({ field: 'durationMinutes', message: 'contestForm.error.duration' });
  if (!wholeIn(form.questionCount, 1, 200)) problems.push({ field: 'questionCount', message: 'contestForm.error.questionCount' });
  for (const count of Object.values(form.matrix)) {
    if (!wholeIn(count, 0, 200)) {
      problems.push({ field: 'matrix', message: 'contestForm.error.matrixCell' });
      break;
    }
  }
  const total = matrixTotal(form.matrix);
  if (total > form.questionCount)
    problems.push({ field: 'matrix', message: 'contestForm.error.matrixTooMany', params: { total, count: form.questionCount } });
  if (!wholeIn(form.attemptsAllowed, 1, 100)) problems.push({ field: 'attemptsAllowed', message: 'contestForm.error.attempts' });
  if (!wholeIn(form.prizeCount, 0, 1000)) problems.push({ field: 'prizeCount', message: 'contestForm.error.prizeCount' });
  problems.push(...lateStartProblems(form));
  return problems;
}

function lateStartProblems(form: ContestForm): FormProblem[] {
  if (form.lateStartMode === 'minutes_before_close' && !wholeIn(form.lateStartMinutes, 1, 1440))
    return [{ field: 'lateStartMinutes', message: 'lateStart.error.minutes' }];
  if (form.lateStartMode === 'full_duration' && !wholeIn(form.durationMinutes, 1, 1440)) return [];
  const required = requiredRemainingMs({ mode: form.lateStartMode, minutes: form.lateStartMinutes }, Math.round(form.durationMinutes * 60));
  const shut = form.rounds.find((round) => {
    const opens = fromVietnamInput(round.opensAt);
    const closes = fromVietnamInput(round.closesAt);
    return opens && closes && Date.parse(closes) > Date.parse(opens) && Date.parse(closes) - required <= Date.parse(opens);
  });
  return shut ? [{ field: 'lateStart', message: 'lateStart.error.noTime', params: { round: shut.name.trim() } }] : [];
}

/** Moves a tie-break one place up (-1) or down (+1) in the order. */
export function moveTieBreak(order: TieBreak[], index: number, step: -1 | 1): TieBreak[] {
  const target = index + step;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return order;
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
