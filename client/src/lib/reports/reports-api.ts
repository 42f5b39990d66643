// The REST calls of the report pages, typed from the server's OpenAPI document.
import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { components } from '../api/schema';
import type { AttemptChoice, ParticipantSort, ParticipantStatus } from './report-query.js';

type Schemas = components['schemas'];
export type UnitReport = Schemas['UnitReportDto'];
export type UnitReportRow = Schemas['UnitReportRowDto'];
export type ParticipantReport = Schemas['ParticipantReportDto'];
export type ParticipantRow = Schemas['ParticipantReportRowDto'];
export type QuestionReport = Schemas['QuestionReportDto'];
export type QuestionStats = Schemas['QuestionReportItemDto'];
export type TestStats = Schemas['QuestionReportTestDto'];
export type CollectiveReport = Schemas['CollectiveReportDto'];
export type CollectiveUnit = Schemas['CollectiveReportUnitDto'];
export type CollectiveTable = Schemas['CollectiveReportTableDto'];
export type ReportPrize = Schemas['CollectiveReportPrizeDto'];
export type ItemFlag = QuestionStats['flags'][number];

export const PARTICIPANTS_PAGE_SIZE = 50;

const path = (id: string) => ({ id });

export const getUnitReport = (contestId: string, scope: { roundId?: string; parentId?: string }) =>
  call<UnitReport>(api.GET('/api/reports/contests/{id}/units', { params: { path: path(contestId), query: scope } }));

export interface ParticipantScope {
  roundId?: string;
  unitId?: string;
  q?: string;
  status?: ParticipantStatus;
  sort?: ParticipantSort;
  page?: number;
  pageSize?: number;
}

export const getParticipantReport = (contestId: string, scope: ParticipantScope) =>
  call<ParticipantReport>(
    api.GET('/api/reports/contests/{id}/participants', {
      params: { path: path(contestId), query: { pageSize: PARTICIPANTS_PAGE_SIZE, ...scope, q: scope.q || undefined } },
    }),
  );

export const getQuestionReport = (contestId: string, scope: { roundId?: string; unitId?: string; attempts?: AttemptChoice }) =>
  call<QuestionReport>(api.GET('/api/reports/contests/{id}/questions', { params: { path: path(contestId), query: scope } }));

export const getCollectiveReport = (contestId: string, scope: { roundId?: string }) =>
  call<CollectiveReport>(api.GET('/api/reports/contests/{id}/collective', { params: { path: path(contestId), query: scope } }));
