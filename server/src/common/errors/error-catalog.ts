import { CONTEST_REGISTRATION_ERRORS } from '../../contests/contest-errors.js';
import { LIVE_ERRORS } from './live-errors.js';

export type Language = 'vi' | 'en';

interface ErrorDefinition {
  status: number;
  vi: string;
  en: string;
}

/** Every error a client can see: a stable code, its HTTP status and its message in both languages. */
export const ERROR_CATALOG = {
  ...LIVE_ERRORS,
  ...CONTEST_REGISTRATION_ERRORS,
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request is not valid.' },
  MALFORMED_JSON: { status: 400, vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'This content type is not supported.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không có đường dẫn này.', en: 'There is no such route.' },
  INTERNAL_ERROR: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Something went wrong; please try again later.' },
  AUTH_REQUIRED: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
    en: 'Your session has expired; please sign in again.',
  },
  AUTH_TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins; try again in {seconds} seconds.',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị khóa.', en: 'This account is disabled.' },
  AUTH_WRONG_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  AUTH_WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu phải có ít nhất 8 ký tự, gồm chữ và số.',
    en: 'The password needs at least 8 characters, with letters and digits.',
  },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  OUT_OF_SCOPE: { status: 403, vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.', en: 'This unit is outside the units you manage.' },
  REGISTRATION_CLOSED: { status: 403, vi: 'Chức năng tự đăng ký đang tắt.', en: 'Self-registration is turned off.' },
  PHONE_TAKEN: { status: 409, vi: 'Số điện thoại này đã được dùng để đăng ký.', en: 'This phone number is already registered.' },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập này đã tồn tại.', en: 'This username is already taken.' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  UNIT_CODE_TAKEN: { status: 409, vi: 'Mã đơn vị đã tồn tại.', en: 'This unit code already exists.' },
  UNIT_INVALID_PARENT: { status: 400, vi: 'Đơn vị cấp trên không hợp lệ.', en: 'The parent unit is not valid.' },
  UNIT_LEVEL_REQUIRED: {
    status: 400,
    vi: 'Trường học cần có cấp học (MN, TH, THCS, THPT hoặc LC).',
    en: 'A school needs a level (MN, TH, THCS, THPT or LC).',
  },
  UNIT_NOT_EMPTY: {
    status: 409,
    vi: 'Không thể xóa đơn vị còn đơn vị trực thuộc hoặc người dùng.',
    en: 'A unit with child units or people cannot be deleted.',
  },
  UNIT_NOT_SCHOOL: { status: 400, vi: 'Người tham gia phải thuộc một trường học.', en: 'Participants must belong to a school.' },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  FILE_REQUIRED: { status: 400, vi: 'Vui lòng chọn tệp để nhập.', en: 'Please choose a file to import.' },
  FILE_TYPE_UNSUPPORTED: { status: 400, vi: 'Chỉ nhận tệp .xlsx hoặc .csv.', en: 'Only .xlsx or .csv files are accepted.' },
  FILE_UNREADABLE: { status: 400, vi: 'Không đọc được tệp: {reason}', en: 'The file cannot be read: {reason}' },
  FILE_NOT_UTF8: { status: 400, vi: 'Tệp CSV phải được lưu với mã hóa UTF-8.', en: 'CSV files must be saved as UTF-8.' },
  FILE_TOO_MANY_ROWS: { status: 400, vi: 'Tệp có quá nhiều dòng (tối đa {max}).', en: 'The file has too many rows (at most {max}).' },
  FILE_MISSING_COLUMNS: { status: 400, vi: 'Tệp thiếu cột: {columns}.', en: 'The file is missing columns: {columns}.' },
  CREDENTIALS_EXPIRED: {
    status: 404,
    vi: 'Phiếu tài khoản đã hết hạn tải về; hãy cấp lại mật khẩu.',
    en: 'This credentials sheet has expired; reset the passwords instead.',
  },
  QUESTION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy câu hỏi.', en: 'Question not found.' },
  QUESTION_INVALID: {
    status: 400,
    vi: 'Câu hỏi chưa hợp lệ; xem chi tiết từng trường.',
    en: 'The question is not valid; see the details of each field.',
  },
  BANK_READ_ONLY: {
    status: 403,
    vi: 'Bạn chỉ được xem ngân hàng câu hỏi này, không được sửa.',
    en: 'You may read this question bank but not change it.',
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    status: 409,
    vi: 'Không thể chuyển câu hỏi sang trạng thái này.',
    en: 'The question cannot move to this status.',
  },
  TOPIC_NOT_FOUND: { status: 400, vi: 'Chủ đề "{topic}" không có trong danh mục.', en: 'The topic "{topic}" is not in the list.' },
  DOCUMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
  IMPORT_FORMAT_UNSUPPORTED: { status: 400, vi: 'Định dạng nhập không được hỗ trợ.', en: 'This import format is not supported.' },
  CONTEST_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cuộc thi.', en: 'Contest not found.' },
  CONTEST_ROUNDS_INVALID: {
    status: 400,
    vi: 'Thời gian các đợt thi không hợp lệ (giờ đóng phải sau giờ mở, các đợt không chồng lên nhau).',
    en: "The rounds' windows are not valid (each closes after it opens; rounds do not overlap).",
  },
  CONTEST_FROZEN: {
    status: 409,
    vi: 'Cuộc thi đã công bố: câu hỏi và thể lệ không thay đổi được, chỉ có thể gia hạn thời gian.',
    en: 'The contest is published: its questions and rules are frozen; only the window can be extended.',
  },
  CONTEST_MATRIX_UNFILLABLE: {
    status: 400,
    vi: 'Ngân hàng không đủ câu hỏi đã duyệt cho ma trận đề.',
    en: 'The bank does not have enough approved questions for this matrix.',
  },
  CONTEST_NOT_OPEN: { status: 409, vi: 'Cuộc thi chưa mở hoặc đã kết thúc.', en: 'The contest is not open now.' },
  CONTEST_NOT_ELIGIBLE: {
    status: 403,
    vi: 'Bạn không thuộc đối tượng dự thi của cuộc thi này.',
    en: "You are not in this contest's audience.",
  },
  ROUND_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đợt thi.', en: 'Round not found.' },
  ROUND_EXTENSION_INVALID: {
    status: 400,
    vi: 'Chỉ có thể gia hạn: giờ đóng mới phải sau giờ đóng hiện tại.',
    en: 'A window can only be extended: the new closing time must be later.',
  },
  ATTEMPTS_EXHAUSTED: {
    status: 409,
    vi: 'Bạn đã dùng hết {allowed} lượt thi của đợt này.',
    en: 'You have used all {allowed} attempts of this round.',
  },
  ATTEMPT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy bài thi.', en: 'Attempt not found.' },
  ATTEMPT_DEADLINE_PASSED: {
    status: 409,
    vi: 'Đã hết giờ làm bài; câu trả lời này không được ghi nhận.',
    en: 'Time is up; this answer was not recorded.',
  },
  ATTEMPT_SUBMITTED: { status: 409, vi: 'Bài thi đã nộp.', en: 'The attempt has been submitted.' },
  ANSWER_INVALID: { status: 400, vi: 'Câu trả lời không hợp lệ với câu hỏi này.', en: 'The answer does not fit this question.' },
  QUESTION_NOT_IN_ATTEMPT: { status: 404, vi: 'Câu hỏi không có trong bài thi này.', en: 'This question is not in the attempt.' },
  REVIEW_NOT_AVAILABLE: {
    status: 403,
    vi: 'Chưa được xem lại bài làm theo quy định của cuộc thi.',
    en: "Review is not available under this contest's rules.",
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function errorStatus(code: ErrorCode): number {
  return ERROR_CATALOG[code].status;
}

export function errorMessage(code: ErrorCode, language: Language, params: Record<string, string | number> = {}): string {
  const template: string = ERROR_CATALOG[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
