// The REST calls of live rounds, typed from the server's OpenAPI document.
import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type LiveRoundInput = Schemas['CreateLiveRoundDto'];
export type LiveRoundCreated = Schemas['LiveRoundCreatedDto'];
export type LiveRoundSummary = Schemas['LiveRoundSummaryDto'];
export type LiveRound = Schemas['LiveRoundDto'];
export type LiveResults = Schemas['LiveResultsDto'];
export type LivePlayerRow = Schemas['LivePlayerRowDto'];
export type LiveJoinInfo = Schemas['LiveJoinInfoDto'];

const byId = (id: string) => ({ params: { path: { id } } });

export const createLiveRound = (body: LiveRoundInput) => call<LiveRoundCreated>(api.POST('/api/live-rounds', { body }));

export const listLiveRounds = () => call<LiveRoundSummary[]>(api.GET('/api/live-rounds'));

export const getLiveRound = (id: string) => call<LiveRound>(api.GET('/api/live-rounds/{id}', byId(id)));

export const getLiveResults = (id: string) => call<LiveResults>(api.GET('/api/live-rounds/{id}/results', byId(id)));

/** Public: what the join form needs to know before a player joins. */
export const lookUpPin = (pin: string) => call<LiveJoinInfo>(api.GET('/api/live/join', { params: { query: { pin } } }));

/** A download link (the session cookie goes along). */
export const exportUrl = (id: string, format: 'xlsx' | 'csv' = 'xlsx') =>
  `/api/live-rounds/${encodeURIComponent(id)}/export?${new URLSearchParams({ format })}`;

export type LiveSchoolStanding = Schemas['LiveSchoolStandingDto'];
export type LiveReportRound = Schemas['LiveReportRoundDto'];

/** Running and finished rounds in the caller's scope (or in `unitId`'s subtree), for the reports. */
export const listLiveRoundReports = (unitId?: string) =>
  call<LiveReportRound[]>(api.GET('/api/reports/live-rounds', { params: { query: unitId ? { unitId } : {} } }));
