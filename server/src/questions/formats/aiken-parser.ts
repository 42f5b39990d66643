import { toNfc } from '../../common/text/vietnamese.js';
import type { FormatProblem, LocatedDraft, ParseResult } from '../question-draft.js';

/**
 * A capital letter, `.` or `)`, then white space. The space is required: Vietnamese stems
 * often open with initials such as "C.Mác" or "V.I.Lênin", which must stay question text.
 */
export const AIKEN_OPTION = /^([A-Z])[.)]\s+(.*)$/;
export const AIKEN_ANSWER = /^ANSWER:\s*(.*)$/i;

interface OpenQuestion {
  line: number;
  stemLines: string[];
  options: { label: string; text: string }[];
}

/**
 * Reads Moodle's Aiken format: question text (one line or more), options `A.`/`A)`, then
 * `ANSWER: X`. Blank lines between questions are optional. Every error is reported with
 * its line and the broken question is skipped; an incomplete question is reported at the
 * line where it starts.
 */
export function parseAiken(text: string): ParseResult {
  const questions: LocatedDraft[] = [];
  const problems: FormatProblem[] = [];
  let open: OpenQuestion | undefined;

  const abandonOpenQuestion = () => {
    if (open) problems.push({ line: open.line, code: 'AIKEN_NO_ANSWER_LINE' });
    open = undefined;
  };

  toNfc(text.replace(/^\uFEFF/, ''))
    .split(/\r\n|\r|\n/)
    .forEach((rawLine, index) => {
      const line = index + 1;
      const content = rawLine.trim();
      if (content === '') return;
      const option = AIKEN_OPTION.exec(content);
      const answer = option ? null : AIKEN_ANSWER.exec(content);
      if (option) {
        if (open) open.options.push({ label: option[1], text: option[2].trim() });
        else problems.push({ line, code: 'AIKEN_OPTION_BEFORE_QUESTION' });
      } else if (answer) {
        const finished = open;
        open = undefined;
        if (!finished || finished.options.length === 0) {
          problems.push({ line, code: 'AIKEN_ANSWER_WITHOUT_OPTIONS' });
          return;
        }
        const letter = answer[1].trim().slice(0, 1).toUpperCase();
        if (finished.options.length < 2) {
          problems.push({ line, code: 'AIKEN_TOO_FEW_OPTIONS', params: { count: finished.options.length } });
        } else if (!finished.options.some((candidate) => candidate.label === letter)) {
          problems.push({ line, code: 'AIKEN_ANSWER_NOT_AN_OPTION', params: { answer: answer[1].trim() } });
        } else {
          questions.push({
            type: 'single',
            stem: finished.stemLines.join('\n'),
            options: finished.options.map((candidate) => ({ text: candidate.text, correct: candidate.label === letter })),
            line: finished.line,
          });
        }
      } else if (open && open.options.length === 0) {
        open.stemLines.push(content);
      } else {
        abandonOpenQuestion();
        open = { line, stemLines: [content], options: [] };
      }
    });
  abandonOpenQuestion();
  return { questions, problems };
}
