import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AnswerMatrixStore } from './answer-matrix.store.js';
import type {
  AttemptChoiceDto,
  QuestionReportDto,
  QuestionReportItemDto,
  QuestionReportQueryDto,
  QuestionReportWrongDto,
} from './question-report.dto.js';
import { ReportScopeService, type ReportScope, type ReportUnit } from './report-scope.service.js';
import { RoundAttemptsStore } from './round-attempts.store.js';
import { analyseMatrix, type ItemAnalysis } from './rules/item-analysis.js';
import { chooseAttempts } from './rules/round-ranking.js';

interface QuestionFacts {
  question_id: string;
  stem: string;
  type: string;
  topic: string | null;
  options: { id: string; text: string }[];
}

interface Analysis {
  result: ItemAnalysis;
  computedAt: Date;
}

const RESULTS_KEPT = 64;

/**
 * Item analysis ("By question") of the attempts a reader may see, with Moodle's definitions. Computed on demand, off
 * the submit path, and kept until an attempt is submitted in a round it covers (the rounds' versions are in the key).
 */
@Injectable()
export class QuestionReportService {
  private readonly results = new Map<string, Promise<Analysis>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: ReportScopeService,
    private readonly store: RoundAttemptsStore,
    private readonly answers: AnswerMatrixStore,
  ) {}

  async report(actor: AuthUser, contestId: string, query: QuestionReportQueryDto): Promise<QuestionReportDto> {
    const scope = await this.scopes.resolve(actor, contestId, query.roundId);
    return this.forScope(scope, await this.scopes.unitIn(scope, query.unitId), query.attempts ?? 'best');
  }

  async forScope(scope: ReportScope, unit: ReportUnit, choice: AttemptChoiceDto): Promise<QuestionReportDto> {
    const { contest } = scope.loaded;
    const rounds = await Promise.all(scope.rounds.map((round) => this.store.attempts(round.id)));
    const key = [contest.id, ...rounds.map((round) => `${round.roundId}@${round.version}`), choice, unit.path].join(':');
    let pending = this.results.get(key);
    const cached = !!pending;
    if (!pending) {
      pending = this.analyse(scope, unit, choice, rounds);
      this.results.set(key, pending);
      pending.catch(() => this.results.delete(key));
      if (this.results.size > RESULTS_KEPT) this.results.delete(this.results.keys().next().value!);
    }
    const [{ result, computedAt }, facts] = await Promise.all([pending, this.questionFacts(scope)]);
    const position = new Map(contest.pool.map((question, index) => [question.questionId, index + 1]));
    return {
      ...this.scopes.header(scope),
      attemptsChoice: choice,
      unitId: unit.id,
      unitName: unit.name,
      computedAt: computedAt.toISOString(),
      cached,
      questions: result.items.map((item): QuestionReportItemDto => {
        const question = facts.get(item.questionId);
        return {
          questionId: item.questionId,
          position: position.get(item.questionId) ?? 0,
          stem: question?.stem ?? '',
          type: question?.type ?? '',
          topic: question?.topic ?? null,
          attempts: item.attempts,
          facility: item.facility,
          sd: item.sd,
          discriminationIndex: item.discriminationIndex,
          discriminativeEfficiency: item.discriminativeEfficiency,
          mostChosenWrong: item.mostChosenWrong && describeWrong(item.mostChosenWrong, question),
          flags: item.flags,
        };
      }),
      test: result.test,
    };
  }

  private async analyse(
    scope: ReportScope,
    unit: ReportUnit,
    choice: AttemptChoiceDto,
    rounds: Awaited<ReturnType<RoundAttemptsStore['attempts']>>[],
  ): Promise<Analysis> {
    const { contest } = scope.loaded;
    const inside = await this.unitIds(unit);
    const chosen = rounds
      .flatMap((round) => chooseAttempts(round.attempts, choice, contest.tieBreaks))
      .filter((attempt) => attempt.unitId !== null && inside.has(attempt.unitId));
    const matrix = await this.answers.matrix(
      contest.id,
      contest.pool.map((question) => question.questionId),
      chosen.map((attempt) => ({ id: attempt.attemptId, questionCount: attempt.questionCount })),
    );
    return { result: analyseMatrix(matrix), computedAt: new Date() };
  }

  private async unitIds(unit: ReportUnit): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM unit WHERE path LIKE $1 || '%'`, [unit.path]);
    return new Set(rows.map((row) => row.id));
  }

  /** Stem, type, topic and options of the pool's versions. */
  private async questionFacts(scope: ReportScope): Promise<Map<string, QuestionFacts>> {
    const { pool } = scope.loaded.contest;
    const rows: QuestionFacts[] = await this.dataSource.query(
      `SELECT v.question_id, v.stem, v.type, q.topic_code AS topic, v.options
         FROM question_version v JOIN question q ON q.id = v.question_id
         JOIN unnest($1::uuid[], $2::int[]) AS wanted(question_id, version) ON wanted.question_id = v.question_id AND wanted.version = v.version`,
      [pool.map((question) => question.questionId), pool.map((question) => question.version)],
    );
    return new Map(rows.map((row) => [row.question_id, row]));
  }
}

/** An option id (or several, "a,c") as the bank letters and words them; a typed answer as it was typed. */
function describeWrong(wrong: { response: string; count: number }, question: QuestionFacts | undefined): QuestionReportWrongDto {
  const options = question?.options ?? [];
  const chosen = wrong.response.split(',').map((id) => options.findIndex((option) => option.id === id));
  if (options.length === 0 || chosen.some((index) => index < 0)) return { ...wrong, label: null, text: null };
  return {
    ...wrong,
    label: chosen.map((index) => String.fromCharCode(65 + index)).join(', '),
    text: chosen.map((index) => options[index]!.text).join('; '),
  };
}
