import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators.js';
import { LiveJoinInfoDto, LiveJoinQueryDto } from './live-round.dto.js';
import { LiveRoundsService } from './live-rounds.service.js';

/** The join page's one question before a player joins: is there a round with this PIN, and what does it ask of me? */
@ApiTags('live')
@Controller('live')
export class LiveJoinController {
  constructor(private readonly rounds: LiveRoundsService) {}

  @Public()
  @Get('join')
  @ApiOkResponse({ type: LiveJoinInfoDto, description: 'LIVE_ROUND_NOT_FOUND (404) when no round in play has this PIN' })
  joinInfo(@Query() query: LiveJoinQueryDto): Promise<LiveJoinInfoDto> {
    return this.rounds.joinInfo(query.pin);
  }
}
