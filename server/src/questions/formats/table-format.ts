import type { ColumnSpec, RowRecord } from '../../common/spreadsheet/columns.js';
import type { SheetColumn } from '../../common/spreadsheet/write-table.js';
import { foldVietnamese } from '../../common/text/vietnamese.js';
import {
  COGNITIVE_LEVELS,
  DIFFICULTIES,
  QUESTION_TYPES,
  type CognitiveLevel,
  type Difficulty,
  type FormatProblem,
  type LocatedDraft,
  type ParseResult,
  type QuestionDraft,
  type QuestionType,
} from '../question-draft.js';

const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export type QuestionColumn =
  | 'type'
  | 'stem'
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'key'
  | 'tolerance'
  | 'explanation'
  | 'noDiacritics'
  | 'documentId'
  | 'article'
  | 'clause'
  | 'topic'
  | 'cognitiveLevel'
  | 'difficulty'
  | 'tags'
  | 'facts';

export const QUESTION_COLUMNS: ColumnSpec<QuestionColumn>[] = [
  { key: 'type', header: 'Loại câu hỏi', aliases: ['type'], required: true },
  { key: 'stem', header: 'Nội dung câu hỏi', aliases: ['cau hoi', 'stem', 'question'], required: true },
  ...OPTION_LETTERS.map((letter) => ({ key: letter, header: `Phương án ${letter}`, aliases: [`option ${letter}`, letter] })),
  { key: 'key', header: 'Đáp án đúng', aliases: ['dap an', 'key', 'answer'], required: true },
  { key: 'tolerance', header: 'Sai số', aliases: ['tolerance'] },
  { key: 'explanation', header: 'Giải thích', aliases: ['explanation'] },
  { key: 'noDiacritics', header: 'Chấp nhận không dấu', aliases: ['accept without diacritics'] },
  { key: 'documentId', header: 'Mã văn bản', aliases: ['van ban', 'document'] },
  { key: 'article', header: 'Điều', aliases: ['article'] },
  { key: 'clause', header: 'Khoản', aliases: ['clause'] },
  { key: 'topic', header: 'Chủ đề', aliases: ['topic'] },
  { key: 'cognitiveLevel', header: 'Mức độ nhận thức', aliases: ['muc do', 'cognitive level'] },
  { key: 'difficulty', header: 'Độ khó', aliases: ['difficulty'] },
  { key: 'tags', header: 'Thẻ', aliases: ['tags'] },
  { key: 'facts', header: 'Dữ kiện', aliases: ['facts'] },
];

/** Vietnamese labels a spreadsheet may use, folded, beside the codes themselves. */
const TYPE_WORDS: Record<string, QuestionType> = {
  'mot lua chon': 'single',
  'nhieu lua chon': 'multiple',
  'dung/sai': 'true_false',
  'dung sai': 'true_false',
  'tra loi ngan': 'short_text',
  'tra loi so': 'numeric',
  so: 'numeric',
};
export const TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Một lựa chọn',
  multiple: 'Nhiều lựa chọn',
  true_false: 'Đúng/Sai',
  short_text: 'Trả lời ngắn',
  numeric: 'Trả lời số',
};
const LEVEL_WORDS: Record<string, CognitiveLevel> = {
  'nhan biet': 'recognition',
  'thong hieu': 'comprehension',
  'van dung': 'application',
  'van dung cao': 'high_application',
};
export const LEVEL_LABELS: Record<CognitiveLevel, string> = {
  recognition: 'Nhận biết',
  comprehension: 'Thông hiểu',
  application: 'Vận dụng',
  high_application: 'Vận dụng cao',
};
const DIFFICULTY_WORDS: Record<string, Difficulty> = { de: 'easy', 'trung binh': 'medium', kho: 'hard' };
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: 'Dễ', medium: 'Trung bình', hard: 'Khó' };

function pick<T extends string>(text: string, codes: readonly T[], words: Record<string, T>): T | undefined {
  if (!text) return undefined;
  return (codes as readonly string[]).includes(text.trim()) ? (text.trim() as T) : words[foldVietnamese(text)];
}

const list = (text: string) =>
  text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** One spreadsheet row → one draft, or the problems that stop it. Pure. */
function rowToDraft(row: RowRecord<QuestionColumn>): { draft?: LocatedDraft; problems: FormatProblem[] } {
  const line = row.rowNumber;
  const problems: FormatProblem[] = [];
  if (row.irregular)
    problems.push({
      line,
      code: 'INVALID_VALUE',
      params: { field: row.irregular === 'formula' ? 'công thức (formula)' : 'ô gộp (merged cell)', value: '' },
    });
  const type = pick(row.type, QUESTION_TYPES, TYPE_WORDS);
  if (!type) problems.push({ line, code: row.type ? 'INVALID_VALUE' : 'REQUIRED', params: { field: 'Loại câu hỏi', value: row.type } });
  if (!row.stem) problems.push({ line, code: 'REQUIRED', params: { field: 'Nội dung câu hỏi' } });
  const cognitiveLevel = pick(row.cognitiveLevel, COGNITIVE_LEVELS, LEVEL_WORDS);
  if (row.cognitiveLevel && !cognitiveLevel)
    problems.push({ line, code: 'INVALID_VALUE', params: { field: 'Mức độ nhận thức', value: row.cognitiveLevel } });
  const difficulty = pick(row.difficulty, DIFFICULTIES, DIFFICULTY_WORDS);
  if (row.difficulty && !difficulty) problems.push({ line, code: 'INVALID_VALUE', params: { field: 'Độ khó', value: row.difficulty } });
  if (!type || problems.length > 0) return { problems };

  const draft: LocatedDraft = { line, type, stem: row.stem };
  if (type === 'single' || type === 'multiple') {
    const letters = new Set(list(row.key.toUpperCase()));
    draft.options = OPTION_LETTERS.filter((letter) => row[letter]).map((letter) => ({ text: row[letter], correct: letters.has(letter) }));
    const unknown = [...letters].filter((letter) => !OPTION_LETTERS.includes(letter as never) || !row[letter as QuestionColumn]);
    if (unknown.length > 0) problems.push({ line, code: 'INVALID_VALUE', params: { field: 'Đáp án đúng', value: row.key } });
  } else if (type === 'true_false') {
    const truth = foldVietnamese(row.key);
    if (!['dung', 'sai', 'true', 'false', 'd', 's'].includes(truth))
      problems.push({ line, code: 'INVALID_VALUE', params: { field: 'Đáp án đúng', value: row.key } });
    const isTrue = ['dung', 'true', 'd'].includes(truth);
    draft.options = [
      { text: 'Đúng', correct: isTrue },
      { text: 'Sai', correct: !isTrue },
    ];
  } else if (type === 'short_text') {
    draft.accepted = row.key
      .split('|')
      .map((answer) => answer.trim())
      .filter(Boolean);
    draft.acceptWithoutDiacritics = ['co', 'yes', 'x', 'true', '1'].includes(foldVietnamese(row.noDiacritics));
  } else {
    const value = Number(row.key.replace(',', '.'));
    const tolerance = row.tolerance ? Number(row.tolerance.replace(',', '.')) : 0;
    if (!Number.isFinite(value) || !Number.isFinite(tolerance))
      problems.push({ line, code: 'INVALID_VALUE', params: { field: 'Đáp án đúng', value: row.key } });
    draft.numeric = { value, tolerance };
  }
  if (row.explanation) draft.explanation = row.explanation;
  if (row.documentId || row.article || row.clause)
    draft.legalBasis = { documentId: row.documentId || undefined, article: row.article || undefined, clause: row.clause || undefined };
  if (row.topic) draft.topic = row.topic;
  if (cognitiveLevel) draft.cognitiveLevel = cognitiveLevel;
  if (difficulty) draft.difficulty = difficulty;
  if (row.tags) draft.tags = list(row.tags);
  if (row.facts) draft.facts = list(row.facts);
  return problems.length > 0 ? { problems } : { draft, problems };
}

export function rowsToDrafts(rows: RowRecord<QuestionColumn>[]): ParseResult {
  const result: ParseResult = { questions: [], problems: [] };
  for (const row of rows) {
    const { draft, problems } = rowToDraft(row);
    if (draft) result.questions.push(draft);
    result.problems.push(...problems);
  }
  return result;
}

export const QUESTION_SHEET_COLUMNS: SheetColumn[] = QUESTION_COLUMNS.map((column) => ({
  header: column.header,
  width: column.key === 'stem' || column.key === 'explanation' ? 60 : OPTION_LETTERS.includes(column.key as never) ? 28 : 16,
}));

/** One draft → one spreadsheet row in the column order above; the inverse of rowToDraft. */
export function draftToRow(draft: QuestionDraft): (string | number | null)[] {
  const options = draft.options ?? [];
  const key =
    draft.type === 'true_false'
      ? (options.find((option) => option.correct)?.text ?? '')
      : draft.type === 'short_text'
        ? (draft.accepted ?? []).join(' | ')
        : draft.type === 'numeric'
          ? (draft.numeric?.value ?? '')
          : options.flatMap((option, index) => (option.correct ? [OPTION_LETTERS[index]] : [])).join(',');
  const optionCells = OPTION_LETTERS.map((_letter, index) =>
    draft.type === 'single' || draft.type === 'multiple' ? (options[index]?.text ?? '') : '',
  );
  return [
    TYPE_LABELS[draft.type],
    draft.stem,
    ...optionCells,
    key,
    draft.type === 'numeric' ? (draft.numeric?.tolerance ?? 0) : '',
    draft.explanation ?? '',
    draft.type === 'short_text' ? (draft.acceptWithoutDiacritics ? 'Có' : 'Không') : '',
    draft.legalBasis?.documentId ?? '',
    draft.legalBasis?.article ?? '',
    draft.legalBasis?.clause ?? '',
    draft.topic ?? '',
    draft.cognitiveLevel ? LEVEL_LABELS[draft.cognitiveLevel] : '',
    draft.difficulty ? DIFFICULTY_LABELS[draft.difficulty] : '',
    (draft.tags ?? []).join(', '),
    (draft.facts ?? []).join(', '),
  ];
}
