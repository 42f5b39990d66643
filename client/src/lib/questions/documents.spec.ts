import type { LegalDocument } from '../api/types.js';
import { documentLabel, documentOptions } from './documents.js';

const law: LegalDocument = {
  id: 'luat-06-2022-qh15',
  number: '06/2022/QH15',
  title: 'Luật Thi đua, khen thưởng',
  issuer: 'Quốc hội',
  issuedAt: '2022-06-15',
  supersededBy: null,
};
const decree98: LegalDocument = {
  id: 'nd-98-2023',
  number: '98/2023/NĐ-CP',
  title: 'Nghị định 98',
  issuer: 'Chính phủ',
  issuedAt: '2023-12-31',
  supersededBy: 'nd-152-2025',
};
const decree152: LegalDocument = {
  id: 'nd-152-2025',
  number: '152/2025/NĐ-CP',
  title: 'Nghị định 152',
  issuer: 'Chính phủ',
  issuedAt: '2025-06-14',
  supersededBy: null,
};
const call: LegalDocument = {
  id: 'loi-keu-goi-1948',
  number: '—',
  title: 'Lời kêu gọi thi đua ái quốc',
  issuer: null,
  issuedAt: '1948-06-11',
  supersededBy: null,
};

describe('documentLabel', () => {
  it('puts the number before the title, when there is one', () => {
    expect(documentLabel(law)).toBe('06/2022/QH15 — Luật Thi đua, khen thưởng');
    expect(documentLabel(call)).toBe('Lời kêu gọi thi đua ái quốc');
  });
});

describe('documentOptions', () => {
  const options = documentOptions([decree98, call, law, decree152], (by) => `thay bởi ${by}`);

  it('lists documents in force first, newest first', () => {
    expect(options.map((option) => option.id)).toEqual(['nd-152-2025', 'luat-06-2022-qh15', 'loi-keu-goi-1948', 'nd-98-2023']);
  });

  it('says which document replaced a superseded one', () => {
    expect(options.at(-1)!.detail).toBe('Chính phủ · thay bởi 152/2025/NĐ-CP');
    expect(options.find((option) => option.id === 'loi-keu-goi-1948')!.detail).toBeUndefined();
  });
});
