import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user.js';
import { sheetToCsv, toXlsx, type Sheet } from '../common/spreadsheet/write-table.js';
import { toAiken } from './formats/aiken-writer.js';
import { toGift } from './formats/gift-writer.js';
import { toJson } from './formats/json-format.js';
import { draftToRow, QUESTION_SHEET_COLUMNS } from './formats/table-format.js';
import type { QuestionDraft } from './question-draft.js';
import type { ListQuestionsQueryDto, QuestionDto } from './question.dto.js';
import type { ImportFormat } from './question-import.service.js';
import { QuestionsService } from './questions.service.js';

const EXPORT_LIMIT = 20_000;
const PAGE = 500;

/** The draft a question exports as: every field the formats can carry. */
export function toDraft(question: QuestionDto): QuestionDraft {
  const draft: QuestionDraft = { type: question.type, stem: question.stem, status: question.status };
  if (question.title) draft.title = question.title;
  if (question.options.length)
    draft.options = question.options.map(({ text, correct, weight, feedback }) => ({
      text,
      correct,
      ...(weight !== undefined ? { weight } : {}),
      ...(feedback ? { feedback } : {}),
    }));
  if (question.accepted.length) draft.accepted = question.accepted;
  if (question.type === 'short_text') draft.acceptWithoutDiacritics = question.acceptWithoutDiacritics;
  if (question.numeric) draft.numeric = question.numeric;
  if (question.partialCredit) draft.partialCredit = true;
  if (question.explanation) draft.explanation = question.explanation;
  const { documentId, article, clause } = question.legalBasis;
  if (documentId || article || clause)
    draft.legalBasis = { ...(documentId ? { documentId } : {}), ...(article ? { article } : {}), ...(clause ? { clause } : {}) };
  if (question.topic) draft.topic = question.topic;
  if (question.cognitiveLevel) draft.cognitiveLevel = question.cognitiveLevel;
  if (question.difficulty) draft.difficulty = question.difficulty;
  if (question.tags.length) draft.tags = question.tags;
  if (question.facts.length) draft.facts = question.facts;
  return draft;
}

@Injectable()
export class QuestionExportService {
  constructor(private readonly questions: QuestionsService) {}

  async export(
    actor: AuthUser,
    filters: ListQuestionsQueryDto,
    format: ImportFormat,
  ): Promise<{ content: Buffer | string; filename: string }> {
    const drafts: QuestionDraft[] = [];
    for (let page = 1; drafts.length < EXPORT_LIMIT; page++) {
      const { items } = await this.questions.list(actor, { ...filters, page, pageSize: PAGE });
      drafts.push(...items.map(toDraft));
      if (items.length < PAGE) break;
    }
    const filename = `ngan-hang-cau-hoi.${format === 'gift' || format === 'aiken' ? 'txt' : format}`;
    if (format === 'json') return { content: toJson(drafts), filename };
    if (format === 'gift') return { content: toGift(drafts), filename: 'ngan-hang-cau-hoi.gift.txt' };
    if (format === 'aiken') return { content: toAiken(drafts).text, filename: 'ngan-hang-cau-hoi.aiken.txt' };
    const sheet: Sheet = { name: 'Câu hỏi', columns: QUESTION_SHEET_COLUMNS, rows: drafts.map(draftToRow) };
    return { content: format === 'csv' ? sheetToCsv(sheet) : await toXlsx([sheet, instructionsSheet()]), filename };
  }

  async template(format: 'xlsx' | 'csv'): Promise<Buffer | string> {
    const example: QuestionDraft = {
      type: 'single',
      stem: 'Theo Luật Thi đua, khen thưởng năm 2022, Luật có hiệu lực thi hành từ ngày nào?',
      options: [
        { text: '01/01/2024', correct: true },
        { text: '01/7/2023', correct: false },
        { text: '15/6/2022', correct: false },
        { text: '01/7/2025', correct: false },
      ],
      explanation: 'Khoản 1 Điều 94 Luật Thi đua, khen thưởng năm 2022.',
      legalBasis: { documentId: 'luat-06-2022-qh15', article: 'Điều 94', clause: 'Khoản 1' },
      topic: 'law-ch1-general',
      cognitiveLevel: 'recognition',
      difficulty: 'easy',
    };
    const sheet: Sheet = { name: 'Câu hỏi', columns: QUESTION_SHEET_COLUMNS, rows: [draftToRow(example)] };
    return format === 'csv' ? sheetToCsv(sheet) : toXlsx([sheet, instructionsSheet()]);
  }
}

function instructionsSheet(): Sheet {
  return {
    name: 'Hướng dẫn',
    columns: [
      { header: 'Cột', width: 24 },
      { header: 'Cách ghi', width: 90 },
    ],
    rows: [
      ['Loại câu hỏi', 'Một lựa chọn | Nhiều lựa chọn | Đúng/Sai | Trả lời ngắn | Trả lời số'],
      ['Phương án A–F', 'Nội dung các phương án (câu một/nhiều lựa chọn); để trống các phương án không dùng'],
      ['Đáp án đúng', 'Chữ cái của phương án đúng (A, hoặc A,C); Đúng hoặc Sai; các đáp án chấp nhận cách nhau bởi |; hoặc một số'],
      ['Sai số', 'Với câu trả lời số: sai số cho phép (mặc định 0)'],
      ['Mã văn bản', 'Mã văn bản trong danh mục, ví dụ luat-06-2022-qh15, nd-152-2025'],
      ['Chủ đề', 'Mã chủ đề trong danh mục, ví dụ law-ch1-general'],
      ['Mức độ nhận thức', 'Nhận biết | Thông hiểu | Vận dụng | Vận dụng cao'],
      ['Độ khó', 'Dễ | Trung bình | Khó'],
      ['Chấp nhận không dấu', 'Với câu trả lời ngắn: Có để chấp nhận câu trả lời viết không dấu (Ha Noi cho Hà Nội)'],
      ['Thẻ', 'Các thẻ cách nhau bởi dấu phẩy'],
      ['Dữ kiện', 'Mã dữ kiện (F005, E012…) cách nhau bởi dấu phẩy'],
      ['Lưu ý', 'Không dùng công thức hay ô gộp; mỗi dòng một câu hỏi; tệp CSV lưu dạng UTF-8'],
    ],
  };
}
