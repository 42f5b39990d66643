import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language } from '../errors/error-catalog.js';
import { pickLanguage } from './language.js';

export const Lang = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  pickLanguage(context.switchToHttp().getRequest().headers['accept-language']),
);
