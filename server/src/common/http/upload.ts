import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface UploadedFileLike {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** A multipart upload of one `file` field (plus the named text fields), documented in OpenAPI. */
export function FileUpload(extraFields: Record<string, { type: 'string'; format?: string }> = {}) {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' }, ...extraFields },
      },
    }),
  );
}

export function requireFile(file: UploadedFileLike | undefined): UploadedFileLike {
  if (!file || file.size === 0) throw new AppError('FILE_REQUIRED');
  return file;
}
