/** Error codes of live rounds, spread into the one catalog (kept apart so the live feature reads as a whole). */
export const LIVE_ERRORS = {
  LIVE_ROUND_NOT_FOUND: { status: 404, vi: 'Không có phòng thi nào với mã PIN này.', en: 'There is no live round with this PIN.' },
  LIVE_NOT_HOST: {
    status: 403,
    vi: 'Chỉ người điều khiển phòng thi mới làm được việc này.',
    en: 'Only the host of this round can do this.',
  },
  LIVE_NOT_JOINED: { status: 409, vi: 'Bạn chưa vào phòng thi.', en: 'You have not joined the round.' },
  LIVE_INVALID_TRANSITION: {
    status: 409,
    vi: 'Không thể thực hiện bước này ở giai đoạn hiện tại của phòng thi.',
    en: 'This step is not possible at the current stage of the round.',
  },
  LIVE_QUESTION_CLOSED: { status: 409, vi: 'Đã hết giờ trả lời câu hỏi này.', en: 'Answers to this question are closed.' },
  LIVE_WRONG_QUESTION: { status: 409, vi: 'Câu hỏi này không phải câu đang mở.', en: 'This is not the open question.' },
  LIVE_ALREADY_ANSWERED: { status: 409, vi: 'Bạn đã trả lời câu hỏi này.', en: 'You have already answered this question.' },
  LIVE_ELIMINATED: { status: 409, vi: 'Bạn đã bị loại khỏi sàn thi.', en: 'You have been eliminated.' },
  LIVE_PLAYER_KICKED: { status: 403, vi: 'Bạn đã bị mời ra khỏi phòng thi.', en: 'You have been removed from this round.' },
  LIVE_JOIN_CLOSED: { status: 409, vi: 'Phòng thi không nhận thêm người chơi.', en: 'This round no longer accepts players.' },
  LIVE_GUESTS_NOT_ALLOWED: {
    status: 403,
    vi: 'Phòng thi này chỉ dành cho người có tài khoản, vui lòng đăng nhập.',
    en: 'This round is for signed-in players only; please sign in.',
  },
  LIVE_NICKNAME_REJECTED: {
    status: 400,
    vi: 'Biệt danh không phù hợp, vui lòng chọn tên khác.',
    en: 'This nickname is not acceptable; please choose another.',
  },
  LIVE_NICKNAME_TAKEN: {
    status: 409,
    vi: 'Biệt danh này đã có người dùng trong phòng.',
    en: 'Someone in the round already uses this nickname.',
  },
  LIVE_SCHOOL_REQUIRED: { status: 400, vi: 'Vui lòng chọn trường của bạn.', en: 'Please choose your school.' },
  LIVE_RESCUE_NOT_POSSIBLE: { status: 409, vi: 'Không có ai để cứu trợ lúc này.', en: 'There is nobody to rescue now.' },
  LIVE_QUESTION_NOT_USABLE: {
    status: 400,
    vi: 'Phòng thi chỉ dùng câu hỏi trắc nghiệm (một đáp án, nhiều đáp án, đúng/sai) đã duyệt.',
    en: 'Live rounds use approved choice questions only (single, multiple, true/false).',
  },
  LIVE_NO_QUESTIONS: {
    status: 400,
    vi: 'Phòng thi cần ít nhất một câu hỏi trắc nghiệm đã duyệt.',
    en: 'A live round needs at least one approved choice question.',
  },
} as const;
