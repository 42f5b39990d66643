import { SvelteMap } from 'svelte/reactivity';
import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type {
  LegalDocument,
  MatrixCell,
  Question,
  QuestionFormat,
  QuestionImportResult,
  QuestionInput,
  QuestionPage,
  QuestionStatus,
  SavedQuestion,
  StatusChangeResult,
  SupersedeResult,
  Topic,
} from '../api/types.js';
import { uploadForm, type UploadProgress } from '../api/upload.js';
import { toNfc } from '../text/fold.js';
import { filterQuery, importUrl, noFilters, type BankFilters } from './filters.js';
import { cleanTopic, type TopicInput } from './references.js';

export { exportUrl, noFilters, templateUrl, type BankFilters } from './filters.js';

export const pageSize = 25;

/** The bank page: filters, the current page, and the selection for bulk status changes. Kept while the organizer opens a question. */
export class QuestionBank {
  filters = $state<BankFilters>(noFilters());
  page = $state(1);
  items = $state<Question[]>([]);
  total = $state(0);
  loading = $state(false);
  loaded = $state(false);
  error = $state<unknown>(null);
  /** Selected question ids and their status, across pages. */
  readonly selected = new SvelteMap<string, QuestionStatus>();

  pages = $derived(Math.max(1, Math.ceil(this.total / pageSize)));
  filtered = $derived(Object.keys(filterQuery(this.filters)).length > 0);

  #request = 0;

  async load(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const result = await call<QuestionPage>(
        api.GET('/api/questions', { params: { query: { ...filterQuery(this.filters), page: this.page, pageSize } } }),
      );
      if (request !== this.#request) return;
      this.items = result.items;
      this.total = result.total;
      this.loaded = true;
      // A question that changed status elsewhere keeps its selection with its new status.
      for (const item of result.items) if (this.selected.has(item.id)) this.selected.set(item.id, item.status);
    } catch (error) {
      if (request === this.#request) this.error = error;
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /** A new filter starts again from page 1 with nothing selected. */
  async filter(change: Partial<BankFilters>): Promise<void> {
    this.filters = { ...this.filters, ...change };
    this.page = 1;
    this.selected.clear();
    await this.load();
  }

  async reset(): Promise<void> {
    await this.filter(noFilters());
  }

  async goTo(page: number): Promise<void> {
    this.page = Math.min(Math.max(1, page), this.pages);
    await this.load();
  }

  toggle(question: Question, on: boolean): void {
    if (on) this.selected.set(question.id, question.status);
    else this.selected.delete(question.id);
  }

  togglePage(on: boolean): void {
    for (const item of this.items) this.toggle(item, on);
  }

  async changeStatus(status: QuestionStatus, comment?: string): Promise<StatusChangeResult> {
    const ids = [...this.selected.keys()];
    const result = await changeStatus(ids, status, comment);
    for (const id of ids) if (!result.refused.includes(id)) this.selected.delete(id);
    await this.load();
    return result;
  }
}

export const bank = new QuestionBank();

/** Topics and legal documents: the managed lists the bank refers to, loaded once. */
class References {
  topics = $state<Topic[]>([]);
  documents = $state<LegalDocument[]>([]);
  loaded = $state(false);
  error = $state<unknown>(null);
  #loading: Promise<void> | undefined;

  topicName(code: string | null | undefined): string | undefined {
    return code ? (this.topics.find((topic) => topic.code === code)?.name ?? code) : undefined;
  }

  document(id: string | null | undefined): LegalDocument | undefined {
    return id ? this.documents.find((document) => document.id === id) : undefined;
  }

  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  /** Loads both lists again (after a change made here or by another admin). */
  reload(): Promise<void> {
    this.#loading = this.#load();
    return this.#loading;
  }

  /** Admin: marks a document superseded (by another one, or by none); the server flags every question resting on it for review. */
  async supersede(id: string, supersededBy: string | null): Promise<number> {
    const result = await call<SupersedeResult>(
      api.PATCH('/api/legal-documents/{id}/supersede', { params: { path: { id } }, body: { supersededBy } }),
    );
    await this.reload();
    return result.flagged;
  }

  /** Admin: adds a topic, or renames the one filed under that code. */
  async saveTopic(input: TopicInput): Promise<Topic> {
    const topic = await call<Topic>(api.POST('/api/topics', { body: cleanTopic(input) }));
    await this.reload();
    return topic;
  }

  async #load(): Promise<void> {
    this.error = null;
    try {
      const [topics, documents] = await Promise.all([
        call<Topic[]>(api.GET('/api/topics')),
        call<LegalDocument[]>(api.GET('/api/legal-documents')),
      ]);
      this.topics = topics;
      this.documents = documents;
      this.loaded = true;
    } catch (error) {
      this.error = error;
      this.#loading = undefined;
    }
  }
}

export const references = new References();

export const loadMatrix = (): Promise<MatrixCell[]> => call<MatrixCell[]>(api.GET('/api/questions/matrix'));

export const getQuestion = (id: string): Promise<Question> => call<Question>(api.GET('/api/questions/{id}', { params: { path: { id } } }));

export const createQuestion = (body: QuestionInput): Promise<SavedQuestion> => call<SavedQuestion>(api.POST('/api/questions', { body }));

export const updateQuestion = (id: string, body: QuestionInput): Promise<SavedQuestion> =>
  call<SavedQuestion>(api.PATCH('/api/questions/{id}', { params: { path: { id } }, body }));

export async function deleteQuestion(id: string): Promise<'deleted' | 'retired'> {
  const result = await call<{ outcome?: 'deleted' | 'retired' }>(api.DELETE('/api/questions/{id}', { params: { path: { id } } }));
  return result.outcome ?? 'deleted';
}

export function changeStatus(ids: string[], status: QuestionStatus, comment?: string): Promise<StatusChangeResult> {
  const text = comment ? toNfc(comment).trim() : '';
  return call<StatusChangeResult>(api.POST('/api/questions/status', { body: { ids, status, ...(text ? { comment: text } : {}) } }));
}

/** Dry run (nothing written) or confirm; the multipart upload reports its progress. */
export function importQuestions(
  file: File,
  format: QuestionFormat,
  options: { dryRun: boolean; skipInvalid?: boolean; onprogress?: (progress: UploadProgress) => void },
): Promise<QuestionImportResult> {
  const form = new FormData();
  form.append('file', file);
  return uploadForm<QuestionImportResult>(importUrl(format, options.dryRun, options.skipInvalid ?? false), form, {
    onprogress: options.onprogress,
  });
}

/** The outcome of the last save, shown by the editor after it opens the saved question. */
export const lastSaved: { value: SavedQuestion | null; created: boolean } = { value: null, created: false };
