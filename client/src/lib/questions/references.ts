// The legal documents and topics page (/questions/documents): ordering and search of the documents,
// the replacement picker, the new-topic form and the organizer picker of a bank grant. Pure.
import type { LegalDocument, Topic, User } from '../api/types.js';
import type { ComboOption } from '../components/Combobox.svelte';
import { createMatcher, toNfc } from '../text/fold.js';
import { documentOptions } from './documents.js';

/** Whether a document has a real number (the seed stores "—" for the ones without). */
export function hasNumber(document: Pick<LegalDocument, 'number'>): boolean {
  const number = document.number.trim();
  return number !== '' && number !== '—' && number !== '-';
}

/** Newest first by issue date, undated ones last; then by number, then by title. */
export function sortDocuments(documents: readonly LegalDocument[]): LegalDocument[] {
  return [...documents].sort(
    (a, b) =>
      Number(!a.issuedAt) - Number(!b.issuedAt) ||
      (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') ||
      a.number.localeCompare(b.number, 'vi', { numeric: true }) ||
      a.title.localeCompare(b.title, 'vi'),
  );
}

/** The documents where every word typed appears in the number, title, issuer or id, diacritics ignored. */
export function searchDocuments(documents: readonly LegalDocument[], query: string): LegalDocument[] {
  const matches = createMatcher(query);
  return documents.filter((document) => matches(`${document.number} ${document.title} ${document.issuer ?? ''} ${document.id}`));
}

/** The choices for "superseded by": every other document, in force first. */
export function replacementOptions(documents: LegalDocument[], id: string, supersededLabel: (by: string) => string): ComboOption[] {
  return documentOptions(
    documents.filter((document) => document.id !== id),
    supersededLabel,
  );
}

/** The codes the server accepts for a topic (`CreateTopicDto`). */
export const TOPIC_CODE = /^[a-z0-9-]{2,60}$/;
export const TOPIC_NAME_MAX = 200;

export type TopicProblem = 'codeRequired' | 'codeFormat' | 'nameRequired' | 'nameTooLong';

export interface TopicInput {
  code: string;
  name: string;
}

/** A topic form cleaned for the API: code trimmed and lower-cased, name trimmed and in NFC. */
export function cleanTopic(input: TopicInput): TopicInput {
  return { code: input.code.trim().toLowerCase(), name: toNfc(input.name).trim().replace(/\s+/g, ' ') };
}

/** What stops a topic form from being sent, field by field. */
export function topicProblems(input: TopicInput): Partial<Record<keyof TopicInput, TopicProblem>> {
  const { code, name } = cleanTopic(input);
  const problems: Partial<Record<keyof TopicInput, TopicProblem>> = {};
  if (!code) problems.code = 'codeRequired';
  else if (!TOPIC_CODE.test(code)) problems.code = 'codeFormat';
  if (!name) problems.name = 'nameRequired';
  else if (name.length > TOPIC_NAME_MAX) problems.name = 'nameTooLong';
  return problems;
}

/** The topic already filed under this code: saving again renames it (the server upserts by code). */
export function existingTopic(topics: readonly Topic[], code: string): Topic | undefined {
  const clean = code.trim().toLowerCase();
  return topics.find((topic) => topic.code === clean);
}

/** The users a bank can be granted to: organizers only, by name. */
export function organizersOf(users: readonly User[]): User[] {
  return users.filter((user) => user.role === 'organizer');
}
