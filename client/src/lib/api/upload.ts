import { i18n, t } from '../i18n/i18n.svelte.js';
import { reportUnauthorized } from './client.js';
import { ApiError, toApiError } from './errors.js';

export interface UploadProgress {
  /** `uploading` while the file is sent, `processing` once the server has it all and is working. */
  phase: 'uploading' | 'processing';
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onprogress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a multipart form with XMLHttpRequest, whose upload events give the progress that fetch
 * cannot; resolves with the JSON body or rejects with an ApiError, like `call()`.
 */
export function uploadForm<T>(url: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    request.responseType = 'text';
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', i18n.locale);

    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onprogress?.({ phase: 'uploading', loaded: event.loaded, total: event.total });
    };
    request.upload.onload = () => options.onprogress?.({ phase: 'processing', loaded: 1, total: 1 });
    request.onerror = () => reject(new ApiError('NETWORK_ERROR', t('error.network'), 0));
    request.onabort = () => reject(new ApiError('ABORTED', t('error.unknown'), 0));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
        return;
      }
      if (request.status === 401) reportUnauthorized();
      reject(toApiError(body, request.status));
    };
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}
