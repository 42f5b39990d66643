// The REST calls of timed contests, typed from the server's OpenAPI document.
import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { components } from '../api/schema';
import type {
  Attempt,
  AttemptReview,
  Contest,
  ContestInput,
  DrawCell,
  Leaderboard,
  MatrixCell,
  MatrixShortfall,
  SaveAnswerResult,
  SubmitResult,
  Topic,
} from '../api/types.js';
import type { AnswerResponse } from './answer-queue.js';
import type { Results, ResultsQuery } from './results.js';

const byId = (id: string) => ({ params: { path: { id } } });

export const listContests = () => call<Contest[]>(api.GET('/api/contests'));

export const getContest = (id: string) => call<Contest>(api.GET('/api/contests/{id}', byId(id)));

export const createContest = (body: ContestInput) => call<Contest>(api.POST('/api/contests', { body }));

export const updateContest = (id: string, body: ContestInput) => call<Contest>(api.PATCH('/api/contests/{id}', { ...byId(id), body }));

export const publishContest = (id: string) => call<Contest>(api.POST('/api/contests/{id}/publish', byId(id)));

export const extendRound = (id: string, roundId: string, closesAt: string) =>
  call<Contest>(api.PATCH('/api/contests/{id}/rounds/{roundId}', { params: { path: { id, roundId } }, body: { closesAt } }));

/** The cells of a matrix the bank cannot fill with approved questions; empty when it can. */
export const checkMatrix = (drawMatrix: DrawCell[], ownerUnitId?: string | null) =>
  call<MatrixShortfall[]>(api.POST('/api/contests/matrix-check', { body: { drawMatrix, ...(ownerUnitId ? { ownerUnitId } : {}) } }));

/** Approved questions per topic × cognitive level in the caller's bank. */
export const bankMatrix = () => call<MatrixCell[]>(api.GET('/api/questions/matrix'));

export const listTopics = () => call<Topic[]>(api.GET('/api/topics'));

export const getLeaderboard = (id: string, roundId?: string, limit?: number) =>
  call<Leaderboard>(api.GET('/api/contests/{id}/leaderboard', { params: { path: { id }, query: { roundId, limit } } }));

/** Enrols the participant in a contest open to self-registration; harmless when already in. */
export const registerForContest = (id: string) => call<Contest>(api.POST('/api/contests/{id}/registrations', byId(id)));

/** A round's (or the whole contest's) ranking page, prize list, real count and collective rankings. */
export const getResults = (id: string, query: ResultsQuery) =>
  call<Results>(api.GET('/api/contests/{id}/results', { params: { path: { id }, query } }));

/** Starts an attempt in the open round, or returns the one already running. */
export const startAttempt = (contestId: string, roundId?: string) =>
  call<Attempt>(api.POST('/api/contests/{id}/attempts', { ...byId(contestId), body: roundId ? { roundId } : {} }));

export const getAttempt = (id: string) => call<Attempt>(api.GET('/api/attempts/{id}', byId(id)));

// The server declares `response` as `unknown`, which the OpenAPI document turns into an empty object type.
type SaveBody = components['schemas']['SaveAnswerDto'];

export const saveAnswer = (attemptId: string, questionId: string, response: AnswerResponse, seq: number) =>
  call<SaveAnswerResult>(
    api.PUT('/api/attempts/{id}/answers/{questionId}', {
      params: { path: { id: attemptId, questionId } },
      body: { response: response as unknown as SaveBody['response'], seq },
    }),
  );

/** Submits; for an attempt already submitted (by the deadline sweeper, another device) it returns the result as it is. */
export const submitAttempt = (id: string, prediction?: number) =>
  call<SubmitResult>(api.POST('/api/attempts/{id}/submit', { ...byId(id), body: prediction === undefined ? {} : { prediction } }));

export const getReview = (id: string) => call<AttemptReview>(api.GET('/api/attempts/{id}/review', byId(id)));
