import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { AppError } from './app-error.js';
import { resolveError } from './error-body.js';
import { ERROR_CATALOG } from './error-catalog.js';

describe('resolveError', () => {
  it('maps an AppError to its status, code and message in the chosen language', () => {
    const error = new AppError('AUTH_TOO_MANY_ATTEMPTS', { seconds: 30 }, { retryAfterSeconds: 30 });
    expect(resolveError(error, 'vi')).toEqual({
      status: 429,
      unexpected: false,
      body: {
        code: 'AUTH_TOO_MANY_ATTEMPTS',
        message: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 30 giây.',
        details: { retryAfterSeconds: 30 },
      },
    });
    expect(resolveError(error, 'en').body.message).toBe('Too many failed sign-ins; try again in 30 seconds.');
  });

  it.each([
    [new NotFoundException(), 404, 'ROUTE_NOT_FOUND'],
    [new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
    [new BadRequestException('bad', { cause: new SyntaxError('Unexpected token') }), 400, 'MALFORMED_JSON'],
    [Object.assign(new Error('x'), { type: 'entity.too.large', status: 413 }), 413, 'PAYLOAD_TOO_LARGE'],
  ])('maps framework errors: %s', (error, status, code) => {
    const resolved = resolveError(error, 'vi');
    expect(resolved.status).toBe(status);
    expect(resolved.body.code).toBe(code);
  });

  it('hides the details of an unexpected error', () => {
    const resolved = resolveError(new Error('connection refused at 10.0.0.1'), 'en');
    expect(resolved).toEqual({ status: 500, unexpected: true, body: { code: 'INTERNAL_ERROR', message: ERROR_CATALOG.INTERNAL_ERROR.en } });
  });

  it('has a message in both languages for every code', () => {
    for (const definition of Object.values(ERROR_CATALOG)) {
      expect(definition.vi.length).toBeGreaterThan(3);
      expect(definition.en.length).toBeGreaterThan(3);
      expect(definition.vi).toBe(definition.vi.normalize('NFC'));
    }
  });
});
