import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { QuestionContentCache, type QuestionContent } from '../attempts/question-content.cache.js';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { tidySpaces } from '../common/text/vietnamese.js';
import { ContestsService } from '../contests/contests.service.js';
import { attemptOptionIds, drawPaper, PaperShortfallError, type PoolQuestion } from '../contests/rules/draw.js';
import { QuestionsService } from '../questions/questions.service.js';
import { UnitsService } from '../units/units.service.js';
import type { LiveQuestionType } from './live-contract.js';
import { LivePlayService } from './live-play.service.js';
import {
  LIVE_QUESTION_TYPES,
  type CreateLiveRoundDto,
  type LiveJoinInfoDto,
  type LiveReportRoundDto,
  type LiveRoundCreatedDto,
  type LiveRoundDto,
  type LiveRoundSummaryDto,
} from './live-round.dto.js';
import type { FrozenQuestion, LiveRoundRecord, LiveSettings } from './live-round.model.js';
import { toRoundDto, toSummaryDto } from './live-round.view.js';
import { LiveStore } from './live-store.js';
import { pickPin } from './rules/pin.js';

const DEFAULT_SECONDS = 20;
const GRACE_MS = 300;
const UNIQUE_VIOLATION = '23505';
const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

type QuestionRef = { questionId: string; version: number };

/** Live-round definitions: the questions frozen at creation, the settings, the PIN; who may see them. */
@Injectable()
export class LiveRoundsService {
  constructor(
    private readonly store: LiveStore,
    private readonly play: LivePlayService,
    private readonly questions: QuestionsService,
    private readonly contests: ContestsService,
    private readonly units: UnitsService,
    private readonly content: QuestionContentCache,
  ) {}

  async create(actor: AuthUser, input: CreateLiveRoundDto): Promise<LiveRoundCreatedDto> {
    if (Boolean(input.questionIds) === Boolean(input.contestId))
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'questionIds', problems: ['questionIds or contestId'] }]);
    const ownerId = input.ownerUnitId ?? actor.unitId ?? (await this.units.roots())[0]?.id;
    if (!ownerId) throw new AppError('UNIT_NOT_FOUND');
    const owner = await this.units.getManageable(actor, ownerId);
    const refs = input.contestId
      ? await this.fromContest(actor, input.contestId, input.questionCount)
      : await this.fromBank(actor, input.questionIds!);
    const settings = settingsOf(input);
    const contents = await this.content.get(refs);
    const questions = refs.map((ref, index) =>
      freeze(contents.get(ref.questionId)!, settings.secondsOverrides[index] ?? settings.secondsPerQuestion),
    );
    if (questions.length === 0) throw new AppError('LIVE_NO_QUESTIONS');
    if (Object.keys(settings.secondsOverrides).some((index) => Number(index) >= questions.length))
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'secondsOverrides', problems: ['questionIndex'] }]);
    for (let tries = 0; ; tries++) {
      const pin = pickPin(await this.store.pinsInPlay(), secureRandom);
      try {
        const id = await this.store.insertRound({
          ownerUnitId: owner.id,
          hostUserId: actor.id,
          contestId: input.contestId ?? null,
          title: tidySpaces(input.title),
          mode: input.mode,
          settings,
          questions,
          pin,
        });
        return { id, pin };
      } catch (error) {
        // Another process took the same PIN at the same moment: draw again.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || tries >= 5) throw error;
      }
    }
  }

  async list(actor: AuthUser): Promise<LiveRoundSummaryDto[]> {
    return (await this.store.list(actor)).map((round) => toSummaryDto(round, this.play.loaded(round.id)));
  }

  async get(actor: AuthUser, id: string): Promise<LiveRoundDto> {
    const round = await this.readable(actor, id);
    return toRoundDto(round, this.play.loaded(id));
  }

  /** For the reports: running and finished rounds owned in the caller's subtree (an admin's: everywhere), or in `unitId`'s if they manage it. */
  async reportList(actor: AuthUser, unitId?: string): Promise<LiveReportRoundDto[]> {
    let path = actor.role === 'admin' ? null : actor.unitPath;
    if (unitId) path = (await this.units.getManageable(actor, unitId)).path;
    else if (actor.role !== 'admin' && path === null) return [];
    return (await this.store.reportRounds(path)).map((round) => ({
      ...round,
      date: round.date.toISOString(),
      finishedAt: round.finishedAt?.toISOString() ?? null,
    }));
  }

  /** The round, if the caller hosts it or manages its unit. */
  async readable(actor: AuthUser, id: string): Promise<LiveRoundRecord> {
    const round = await this.store.round(id);
    if (!round || !(round.hostUserId === actor.id || managesPath(actor, round.ownerPath))) throw new AppError('LIVE_ROUND_NOT_FOUND');
    return round;
  }

  async joinInfo(pin: string): Promise<LiveJoinInfoDto> {
    const { round, engine } = await this.play.inPlayByPin(pin);
    return {
      title: round.title,
      mode: round.mode,
      allowGuests: round.settings.allowGuests,
      requireSchool: round.settings.requireSchool,
      phase: engine.phase,
      questionCount: round.questions.length,
      joinable: engine.acceptsNewPlayers(),
      schools: await this.store.schoolsUnder(round.ownerPath),
    };
  }

  /** Picked from the bank: each must be an approved choice question the caller can see, in the order given. */
  private async fromBank(actor: AuthUser, ids: string[]): Promise<QuestionRef[]> {
    const refs: QuestionRef[] = [];
    for (const id of new Set(ids)) {
      const question = await this.questions.get(actor, id);
      if (question.status !== 'approved' || !isLiveType(question.type))
        throw new AppError('LIVE_QUESTION_NOT_USABLE', {}, { questionId: id, status: question.status, type: question.type });
      refs.push({ questionId: id, version: question.version });
    }
    return refs;
  }

  /** Drawn from a published contest's frozen pool (choice questions only), by its matrix when the choice questions can fill it. */
  private async fromContest(actor: AuthUser, contestId: string, count: number | undefined): Promise<QuestionRef[]> {
    const loaded = await this.contests.load(contestId, 0);
    await this.contests.assertReadable(actor, loaded);
    const pool = loaded.contest.pool;
    if (loaded.contest.status !== 'published' || pool.length === 0) throw new AppError('LIVE_NO_QUESTIONS');
    const contents = await this.content.get(pool);
    const choices: PoolQuestion[] = pool.filter((entry) => isLiveType(contents.get(entry.questionId)?.type));
    if (choices.length === 0) throw new AppError('LIVE_NO_QUESTIONS');
    const wanted = Math.min(count ?? loaded.contest.questionCount, choices.length);
    let paper;
    try {
      paper = drawPaper(choices, loaded.contest.drawMatrix, wanted, secureRandom);
    } catch (error) {
      if (!(error instanceof PaperShortfallError)) throw error;
      paper = drawPaper(choices, [], wanted, secureRandom);
    }
    return paper.map(({ questionId, version }) => ({ questionId, version }));
  }
}

function isLiveType(type: string | undefined): type is LiveQuestionType {
  return (LIVE_QUESTION_TYPES as readonly string[]).includes(type ?? '');
}

function settingsOf(input: CreateLiveRoundDto): LiveSettings {
  return {
    secondsPerQuestion: input.secondsPerQuestion ?? DEFAULT_SECONDS,
    secondsOverrides: Object.fromEntries(
      (input.secondsOverrides ?? []).map((override) => [String(override.questionIndex), override.seconds]),
    ),
    allowGuests: input.allowGuests ?? true,
    requireSchool: input.requireSchool ?? false,
    lateJoinUntilQuestion: input.lateJoinUntilQuestion ?? 0,
    rescueScope: input.rescueScope ?? 'last',
    showStemOnPhones: input.showStemOnPhones ?? false,
    bestPlayerFromQuestion: input.bestPlayerFromQuestion ?? 1,
    graceMs: GRACE_MS,
  };
}

/** The version as it is now, with the round's own option ids (they say nothing of the key or the bank). */
function freeze(content: QuestionContent, seconds: number): FrozenQuestion {
  const ids = attemptOptionIds(content.options.length, secureRandom);
  const citation =
    [content.citation.clause, content.citation.article, content.citation.document]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(', ') || null;
  return {
    questionId: content.questionId,
    version: content.version,
    type: content.type as LiveQuestionType,
    stem: content.stem,
    options: content.options.map((option, index) => ({ id: ids[index]!, sourceId: option.id, text: option.text, correct: option.correct })),
    seconds,
    explanation: content.explanation,
    citation,
  };
}
