import { bankUrl, exportUrl, filterQuery, filtersFromQuery, importUrl, noFilters } from './filters.js';

describe('filterQuery', () => {
  it('leaves out empty filters', () => {
    expect(filterQuery(noFilters())).toEqual({});
  });

  it('sends every set filter, the search trimmed and in NFC', () => {
    const q = ' điển hình '.normalize('NFD');
    expect(
      filterQuery({ q, topic: 'plan-2023-2025', level: 'application', status: 'approved', documentId: 'nd-152-2025', needsReview: true }),
    ).toEqual({
      q: 'điển hình',
      topic: 'plan-2023-2025',
      level: 'application',
      status: 'approved',
      documentId: 'nd-152-2025',
      needsReview: 'true',
    });
  });
});

describe('download and upload addresses', () => {
  it('exports the current filter in the chosen format', () => {
    const url = new URL(exportUrl('xlsx', { ...noFilters(), q: 'dien hinh', status: 'approved' }), 'http://x');
    expect(url.pathname).toBe('/api/questions/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'xlsx', q: 'dien hinh', status: 'approved' });
  });

  it('says whether an import is a dry run and whether to skip invalid questions', () => {
    expect(importUrl('gift', true, false)).toBe('/api/questions/import?format=gift&dryRun=true&skipInvalid=false');
    expect(importUrl('xlsx', false, true)).toBe('/api/questions/import?format=xlsx&dryRun=false&skipInvalid=true');
  });
});

describe('filters in the bank address', () => {
  it('links to the questions flagged for review on a document', () => {
    expect(bankUrl({ needsReview: true, documentId: 'nd-98-2023' })).toBe('/questions?documentId=nd-98-2023&needsReview=true');
    expect(bankUrl({})).toBe('/questions');
  });

  it('reads the filters back as the router parses them', () => {
    expect(filtersFromQuery({ needsReview: true, documentId: 'nd-98-2023' })).toEqual({
      ...noFilters(),
      needsReview: true,
      documentId: 'nd-98-2023',
    });
    expect(filtersFromQuery({ needsReview: 'true', topic: 2024, level: 'application', status: 'approved', q: ' dien hinh ' })).toEqual({
      ...noFilters(),
      needsReview: true,
      topic: '2024',
      level: 'application',
      status: 'approved',
      q: 'dien hinh',
    });
  });

  it('ignores an address without filters, and values the bank does not know', () => {
    expect(filtersFromQuery({})).toBeNull();
    expect(filtersFromQuery({ needsReview: false, level: 'hard', status: 'lost', page: 2 })).toBeNull();
  });
});
