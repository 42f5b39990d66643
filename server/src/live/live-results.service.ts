import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user.js';
import { replay } from './engine/replay.js';
import { LivePlayService } from './live-play.service.js';
import type { LivePlayerRowDto, LiveResultsDto } from './live-round.dto.js';
import { engineConfigOf } from './live-round.model.js';
import { toSummaryDto } from './live-round.view.js';
import { LiveRoundsService } from './live-rounds.service.js';
import { LiveStore } from './live-store.js';
import { schoolStandings } from './rules/school-standings.js';

/**
 * Results as committed: the round is replayed from its log in PostgreSQL, so they are the same
 * whichever process ran it and whether it is still in memory.
 */
@Injectable()
export class LiveResultsService {
  constructor(
    private readonly rounds: LiveRoundsService,
    private readonly store: LiveStore,
    private readonly play: LivePlayService,
  ) {}

  async results(actor: AuthUser, roundId: string): Promise<LiveResultsDto> {
    const round = await this.rounds.readable(actor, roundId);
    const log = await this.store.log(roundId);
    const { engine } = replay(engineConfigOf(round), log.commands, Date.now());
    const records = new Map(log.players.map((player) => [player.id, player]));
    const golden = new Set(engine.goldenBellPlayerIds);
    const row = (id: string): LivePlayerRowDto => {
      const player = engine.player(id)!;
      const record = records.get(id)!;
      return {
        playerId: id,
        rank: player.rank ?? null,
        nickname: player.nickname,
        userId: record.userId,
        unitId: player.unitId,
        unitName: player.unitName,
        score: player.score,
        correctCount: player.correctCount,
        answeredCount: player.answers.filter(Boolean).length,
        correctMs: player.correctMs,
        eliminated: player.eliminated,
        eliminatedAtQuestion: player.eliminatedAt,
        kicked: player.kicked,
        goldenBell: golden.has(id),
        joinedAt: record.joinedAt.toISOString(),
      };
    };
    const ranked = engine.ranking().map((player) => row(player.id));
    const kicked = engine
      .allPlayers()
      .filter((player) => player.kicked)
      .map((player) => row(player.id));
    const players = [...ranked, ...kicked];
    return {
      round: toSummaryDto(round, this.play.loaded(roundId)),
      players,
      schools: schoolStandings(players),
      answers: log.answers.map((answer) => ({
        playerId: answer.playerId,
        questionIndex: answer.questionIndex,
        response: answer.response,
        answeredAt: answer.answeredAt.toISOString(),
        responseMs: answer.responseMs,
        correct: answer.correct,
        points: answer.points,
      })),
      questions: round.questions.map((question, index) => ({
        index,
        stem: question.stem,
        options: question.options.map(({ id, text, correct }) => ({ id, text, correct })),
        answered: log.answers.filter((answer) => answer.questionIndex === index).length,
        correct: log.answers.filter((answer) => answer.questionIndex === index && answer.correct).length,
      })),
      rescues: engine.rescues.map((rescue) => ({
        afterQuestion: rescue.afterQuestion,
        scope: rescue.scope,
        playerIds: rescue.playerIds,
        at: new Date(rescue.at).toISOString(),
        byUserId:
          log.actors.get(log.commands.find((command) => command.command.type === 'rescue' && command.at === rescue.at)?.seq ?? -1) ?? null,
      })),
      bestPlayerId: engine.bestPlayerId,
      goldenBellPlayerIds: engine.goldenBellPlayerIds,
    };
  }
}
