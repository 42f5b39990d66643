import type { ContestDto, RoundDto } from './contest.dto.js';
import type { Contest } from './contest.entity.js';
import type { ContestRound } from './contest-round.entity.js';
import { DEFAULT_LATE_START, latestStartAt } from './rules/late-start.js';

export function roundState(round: Pick<ContestRound, 'opensAt' | 'closesAt'>, now: Date): RoundDto['state'] {
  if (now < round.opensAt) return 'upcoming';
  return now < round.closesAt ? 'open' : 'closed';
}

export function toRoundDto(round: ContestRound, now: Date, contest: Pick<Contest, 'lateStart' | 'durationSeconds'>): RoundDto {
  const latest = latestStartAt(contest.lateStart ?? DEFAULT_LATE_START, round.closesAt, contest.durationSeconds);
  return {
    id: round.id,
    position: round.position,
    name: round.name,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    state: roundState(round, now),
    latestStartAt: latest.toISOString(),
  };
}

export function toContestDto(contest: Contest, rounds: ContestRound[], now: Date): ContestDto {
  return {
    id: contest.id,
    ownerUnitId: contest.ownerUnitId,
    title: contest.title,
    description: contest.description,
    rules: contest.rules,
    status: contest.status,
    audience: contest.audience,
    rounds: rounds.map((round) => toRoundDto(round, now, contest)),
    durationSeconds: contest.durationSeconds,
    questionCount: contest.questionCount,
    drawMatrix: contest.drawMatrix,
    attemptsAllowed: contest.attemptsAllowed,
    counting: contest.counting,
    predictionEnabled: contest.predictionEnabled,
    tieBreaks: contest.tieBreaks,
    review: contest.reviewPolicy,
    reviewShows: contest.reviewShows,
    prizeCount: contest.prizeCount,
    registration: contest.registration ?? 'audience_only',
    lateStart: contest.lateStart ?? DEFAULT_LATE_START,
    demo: contest.demo,
  };
}
