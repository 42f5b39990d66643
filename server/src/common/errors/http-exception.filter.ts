import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pickLanguage } from '../http/language.js';
import { resolveError } from './error-body.js';

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body, unexpected } = resolveError(exception, pickLanguage(request.headers['accept-language']));
    if (unexpected) this.logger.error(`${request.method} ${request.originalUrl}`, (exception as Error)?.stack);
    if (response.headersSent) return;
    response.status(status).json(body);
  }
}
