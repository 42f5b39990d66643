/** Error codes of contest registration and late starts, spread into the one catalog. */
export const CONTEST_REGISTRATION_ERRORS = {
  CONTEST_REGISTRATION_CLOSED: {
    status: 403,
    vi: 'Cuộc thi này chỉ dành cho đối tượng dự thi do ban tổ chức chọn, không nhận đăng ký thêm.',
    en: 'This contest is for the audience its organizers chose; it does not take registrations.',
  },
  CONTEST_REGISTRATION_ENDED: {
    status: 409,
    vi: 'Cuộc thi đã kết thúc, không nhận đăng ký nữa.',
    en: 'The contest is over; it no longer takes registrations.',
  },
  CONTEST_LATE_START_INVALID: {
    status: 400,
    vi: 'Quy định vào thi muộn không để lại thời gian nào để bắt đầu bài thi trong đợt "{round}".',
    en: 'The late-start rule leaves no time to start an attempt in round "{round}".',
  },
  ATTEMPT_START_TOO_LATE: {
    status: 409,
    vi: 'Đã quá giờ bắt đầu lượt thi mới của đợt này: theo thể lệ, lượt thi phải bắt đầu chậm nhất lúc {latest}.',
    en: 'It is too late to start a new attempt in this round: by the rules, attempts start at {latest} at the latest.',
  },
} as const;
