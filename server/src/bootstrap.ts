import type { INestApplication } from '@nestjs/common';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { HttpExceptionFilter } from './common/errors/http-exception.filter.js';
import { NfcPipe } from './common/http/nfc.pipe.js';
import { createValidationPipe } from './common/http/validation.js';
import { APP_VERSION } from './health/version.js';
import { RedisIoAdapter } from './realtime/redis-io.adapter.js';

export function createLogger(config: Pick<AppConfig, 'logFormat'>): ConsoleLogger {
  return new ConsoleLogger({ json: config.logFormat === 'json', prefix: 'Lantoa' });
}

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Lantoa API')
    .setDescription('Thi trực tuyến, vòng thi trực tiếp, bảng xếp hạng và báo cáo cho trường học. Errors: { code, message, details? }.')
    .setVersion(APP_VERSION)
    .addBearerAuth()
    .addCookieAuth('lantoa_session')
    .build();
  return SwaggerModule.createDocument(app, options, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}

/** Everything `main.ts` and the tests share: the app with its global pipes, filter, headers and docs. */
export async function createApp(
  config: AppConfig,
  options: { preview?: boolean; logger?: ConsoleLogger | false } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? createLogger(config),
    preview: options.preview,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'connect-src': ["'self'", 'ws:', 'wss:'],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new NfcPipe(), createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  if (config.redisUrl && !options.preview) {
    const adapter = new RedisIoAdapter(app);
    await adapter.connect(config.redisUrl);
    app.useWebSocketAdapter(adapter);
  }
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
