import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { LiveResultsDto } from './live-round.dto.js';

const MODE_NAMES = { speed: 'tính điểm nhanh', flat: 'mỗi câu đúng 1 điểm', elimination: 'Rung chuông vàng' } as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const serverTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hour12: false,
});

/** "14:05:09,123 26/11/2026" in Asia/Ho_Chi_Minh: answers are a few milliseconds apart. */
function localTime(iso: string): string {
  return serverTime.format(new Date(iso));
}

/** The results as a workbook: players by rank, every answer with its server time, and the rescues if any. */
export function liveResultSheets(results: LiveResultsDto): Sheet[] {
  const sheets = [playersSheet(results), schoolsSheet(results), answersSheet(results)];
  if (results.rescues.length > 0) sheets.push(rescuesSheet(results));
  return sheets;
}

function playersSheet(results: LiveResultsDto): Sheet {
  return {
    name: 'Kết quả',
    columns: [
      { header: 'Hạng', width: 8 },
      { header: 'Người chơi', width: 30 },
      { header: 'Trường', width: 36 },
      { header: `Điểm (${MODE_NAMES[results.round.mode]})`, width: 24 },
      { header: 'Số câu đúng', width: 12 },
      { header: 'Số câu trả lời', width: 14 },
      { header: 'Tổng thời gian câu đúng (giây)', width: 28, numberFormat: '0.000' },
      { header: 'Bị loại ở câu', width: 14 },
      { header: 'Ghi chú', width: 36 },
      { header: 'Vào phòng lúc (giờ Việt Nam)', width: 28 },
    ],
    rows: results.players.map((player) => [
      player.rank,
      player.nickname,
      player.unitName ?? '',
      player.score,
      player.correctCount,
      player.answeredCount,
      player.correctMs / 1000,
      player.eliminated && player.eliminatedAtQuestion !== null ? player.eliminatedAtQuestion + 1 : null,
      [
        player.kicked ? 'Bị mời ra' : '',
        player.playerId === results.bestPlayerId ? 'Người chơi xuất sắc nhất' : '',
        player.goldenBell ? 'Rung chuông vàng' : '',
        player.userId ? '' : 'Khách',
      ]
        .filter(Boolean)
        .join('; '),
      localTime(player.joinedAt),
    ]),
  };
}

function schoolsSheet(results: LiveResultsDto): Sheet {
  return {
    name: 'Theo trường',
    columns: [
      { header: 'Hạng', width: 8 },
      { header: 'Trường', width: 40 },
      { header: 'Số người chơi', width: 14 },
      { header: 'Điểm trung bình', width: 16, numberFormat: '0.00' },
      { header: 'Tổng điểm', width: 12 },
      { header: 'Điểm cao nhất', width: 14 },
      { header: 'Số câu đúng', width: 12 },
    ],
    rows: results.schools.map((school) => [
      school.rank,
      school.unitId === null ? '(Không chọn trường)' : (school.unitName ?? ''),
      school.players,
      school.meanScore,
      school.totalScore,
      school.bestScore,
      school.correctCount,
    ]),
  };
}

function answersSheet(results: LiveResultsDto): Sheet {
  const players = new Map(results.players.map((player) => [player.playerId, player]));
  const options = new Map(
    results.questions.flatMap((question) =>
      question.options.map((option, index) => [option.id, `${LETTERS[index]}. ${option.text}`] as const),
    ),
  );
  return {
    name: 'Câu trả lời',
    columns: [
      { header: 'Câu', width: 6 },
      { header: 'Người chơi', width: 30 },
      { header: 'Trường', width: 36 },
      { header: 'Trả lời', width: 40 },
      { header: 'Đúng', width: 8 },
      { header: 'Điểm', width: 8 },
      { header: 'Thời gian (giây)', width: 16, numberFormat: '0.000' },
      { header: 'Giờ máy chủ nhận (giờ Việt Nam)', width: 30 },
    ],
    rows: results.answers.map((answer) => [
      answer.questionIndex + 1,
      players.get(answer.playerId)?.nickname ?? '',
      players.get(answer.playerId)?.unitName ?? '',
      (Array.isArray(answer.response) ? answer.response : [answer.response]).map((id) => options.get(id) ?? id).join('; '),
      answer.correct ? 'Đúng' : 'Sai',
      answer.points,
      answer.responseMs / 1000,
      localTime(answer.answeredAt),
    ]),
  };
}

function rescuesSheet(results: LiveResultsDto): Sheet {
  const names = new Map(results.players.map((player) => [player.playerId, player.nickname]));
  return {
    name: 'Cứu trợ',
    columns: [
      { header: 'Sau câu', width: 8 },
      { header: 'Phạm vi', width: 24 },
      { header: 'Số người', width: 10 },
      { header: 'Người được cứu trợ', width: 60 },
      { header: 'Lúc (giờ Việt Nam)', width: 26 },
    ],
    rows: results.rescues.map((rescue) => [
      rescue.afterQuestion + 1,
      rescue.scope === 'all' ? 'Tất cả người bị loại' : 'Người bị loại ở câu vừa rồi',
      rescue.playerIds.length,
      rescue.playerIds.map((id) => names.get(id) ?? id).join(', '),
      localTime(rescue.at),
    ]),
  };
}
