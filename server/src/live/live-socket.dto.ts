import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, validateSync } from 'class-validator';
import { AppError } from '../common/errors/app-error.js';
import type { LivePhase } from './live-contract.js';

export class HostOpenDto {
  @IsUUID() roundId: string;
}

/** start, reveal, next, end: `{}`, or a guard so that two host devices pressing at once move the round once. */
export class HostStepDto {
  @IsOptional() @IsIn(['lobby', 'question', 'closed', 'revealed', 'leaderboard', 'finished']) fromPhase?: LivePhase;
}

export class HostRescueDto {
  @IsOptional() @IsIn(['last', 'all']) scope?: 'last' | 'all';
}

export class HostKickDto {
  @IsUUID() playerId: string;
}

/** A socket payload checked against its DTO as HTTP bodies are: unknown fields refused. No payload counts as `{}`. */
export function socketPayload<T extends object>(type: new () => T, payload: unknown): T {
  const raw = payload === undefined || payload === null ? {} : payload;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new AppError('VALIDATION_FAILED');
  const input = plainToInstance(type, raw);
  if (validateSync(input, { whitelist: true, forbidNonWhitelisted: true }).length > 0) throw new AppError('VALIDATION_FAILED');
  return input;
}
