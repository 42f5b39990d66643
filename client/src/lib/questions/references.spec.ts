import type { LegalDocument, User } from '../api/types.js';
import {
  cleanTopic,
  existingTopic,
  hasNumber,
  organizersOf,
  replacementOptions,
  searchDocuments,
  sortDocuments,
  topicProblems,
} from './references.js';

const document = (id: string, number: string, issuedAt: string | null, extra: Partial<LegalDocument> = {}): LegalDocument => ({
  id,
  number,
  title: `Văn bản ${id}`,
  issuer: 'Chính phủ',
  issuedAt,
  effectiveAt: null,
  supersededBy: null,
  ...extra,
});

const decree98 = document('nd-98-2023', '98/2023/NĐ-CP', '2023-12-31', {
  title: 'Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng',
  supersededBy: 'nd-152-2025',
});
const decree152 = document('nd-152-2025', '152/2025/NĐ-CP', '2025-06-14');
const decree91 = document('nd-91-2017', '91/2017/NĐ-CP', null);
const call = document('loi-keu-goi-1948', '—', '1948-06-11', { title: 'Lời kêu gọi thi đua ái quốc', issuer: 'Chủ tịch Hồ Chí Minh' });

describe('the document list', () => {
  it('puts the newest first and the undated last', () => {
    expect(sortDocuments([decree91, call, decree98, decree152]).map((d) => d.id)).toEqual([
      'nd-152-2025',
      'nd-98-2023',
      'loi-keu-goi-1948',
      'nd-91-2017',
    ]);
  });

  it('finds a document by number, title or issuer, typed without diacritics', () => {
    const all = [decree91, call, decree98, decree152];
    expect(searchDocuments(all, '98/2023').map((d) => d.id)).toEqual(['nd-98-2023']);
    expect(searchDocuments(all, 'thi dua ai quoc').map((d) => d.id)).toEqual(['loi-keu-goi-1948']);
    expect(searchDocuments(all, 'ho chi minh').map((d) => d.id)).toEqual(['loi-keu-goi-1948']);
    expect(searchDocuments(all, '  ')).toHaveLength(4);
  });

  it('knows the documents without a number', () => {
    expect(hasNumber(call)).toBe(false);
    expect(hasNumber(decree98)).toBe(true);
  });

  it('offers every other document as the replacement, in force first', () => {
    const options = replacementOptions([decree98, decree152, call], 'nd-98-2023', (by) => `thay bởi ${by}`);
    expect(options.map((option) => option.id)).toEqual(['nd-152-2025', 'loi-keu-goi-1948']);
  });
});

describe('the new-topic form', () => {
  it('cleans the code and the name', () => {
    expect(cleanTopic({ code: ' Law-CH9 ', name: '  Chương   IX '.normalize('NFD') })).toEqual({ code: 'law-ch9', name: 'Chương IX' });
  });

  it('explains what the server would refuse', () => {
    expect(topicProblems({ code: '', name: '' })).toEqual({ code: 'codeRequired', name: 'nameRequired' });
    expect(topicProblems({ code: 'chủ đề 1', name: 'Chủ đề' })).toEqual({ code: 'codeFormat' });
    expect(topicProblems({ code: 'a', name: 'Chủ đề' })).toEqual({ code: 'codeFormat' });
    expect(topicProblems({ code: 'law-ch9', name: 'x'.repeat(201) })).toEqual({ name: 'nameTooLong' });
    expect(topicProblems({ code: 'LAW-CH9', name: 'Chương IX' })).toEqual({});
  });

  it('finds the topic a code would rename', () => {
    const topics = [{ code: 'law-ch1-general', name: 'Chương I' }];
    expect(existingTopic(topics, ' LAW-CH1-GENERAL')?.name).toBe('Chương I');
    expect(existingTopic(topics, 'law-ch9')).toBeUndefined();
  });
});

describe('the organizer picker', () => {
  it('keeps organizers only', () => {
    const user = (id: string, role: User['role']): User => ({ id, username: id, fullName: id, role, unitId: 'u', kind: null });
    expect(organizersOf([user('a', 'participant'), user('b', 'organizer'), user('c', 'admin')]).map((u) => u.id)).toEqual(['b']);
  });
});
