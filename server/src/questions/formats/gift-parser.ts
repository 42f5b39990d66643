import type { FormatProblem, LocatedDraft, ParseResult } from '../question-draft.js';
import { readAnswerBlock } from './gift-answers.js';
import { categoryLeaf, protectEscapes, readGiftText } from './gift-text.js';

interface SourceLine {
  number: number;
  text: string;
}

/**
 * Reads Moodle GIFT. Questions are separated by blank lines; `//` lines are comments.
 * `$CATEGORY: a/b/c` sets the topic of the questions after it to the last level of the
 * path ("c"): Moodle paths start with context parts (`$course$/top/Default for …`) that
 * are not topics, and Lantoa's topics are a flat list. A `$CATEGORY:` line may be followed
 * by a question without a blank line between them. A question that cannot be read is
 * reported with its first line and skipped; the others are still read.
 */
export function parseGift(text: string): ParseResult {
  const questions: LocatedDraft[] = [];
  const problems: FormatProblem[] = [];
  let topic: string | undefined;
  for (const block of splitBlocks(text.replace(/^\uFEFF/, ''))) {
    let lines = block.filter((line) => !line.text.trim().startsWith('//'));
    if (lines.length === 0) continue;
    const first = lines[0].text.trim();
    if (first.startsWith('$CATEGORY:')) {
      topic = categoryLeaf(first.slice('$CATEGORY:'.length));
      lines = lines.slice(1);
      if (lines.length === 0) continue;
    }
    const line = lines[0].number;
    const reading = readQuestion(lines.map((source) => source.text).join('\n'));
    if ('code' in reading) problems.push({ line, code: reading.code, ...(reading.params ? { params: reading.params } : {}) });
    else questions.push({ ...reading, ...(topic ? { topic } : {}), line });
  }
  return { questions, problems };
}

function splitBlocks(text: string): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push({ number: index + 1, text: lineText });
    }
  });
  if (current.length) blocks.push(current);
  return blocks;
}

type QuestionReading = Omit<LocatedDraft, 'line'> | Omit<FormatProblem, 'line'>;

function readQuestion(source: string): QuestionReading {
  let text = protectEscapes(source).trim();
  let title: string | undefined;
  if (text.startsWith('::')) {
    const titleEnd = text.indexOf('::', 2);
    if (titleEnd < 0) {
      text = text.slice(2);
    } else {
      title = readGiftText(text.slice(2, titleEnd)) || undefined;
      text = text.slice(titleEnd + 2).trim();
    }
  }
  const open = text.indexOf('{');
  const close = text.indexOf('}');
  if (open < 0 && close < 0) return { code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'description' } };
  if (open < 0 || close < open) return { code: 'GIFT_SYNTAX' };
  let block = text.slice(open + 1, close).trim();
  // Answers inside the sentence ("missing word") leave a blank where they stood.
  const stemSource = text.endsWith('}')
    ? text.slice(0, open) + text.slice(close + 1)
    : `${text.slice(0, open)}_____${text.slice(close + 1)}`;
  let explanation: string | undefined;
  const generalFeedback = block.lastIndexOf('####');
  if (generalFeedback >= 0) {
    explanation = readGiftText(block.slice(generalFeedback + 4)) || undefined;
    block = block.slice(0, generalFeedback).trim();
  }
  const answers = readAnswerBlock(block);
  if ('code' in answers) return answers;
  const stem = readGiftText(stemSource);
  if (!stem) return { code: 'REQUIRED', params: { field: 'stem' } };
  return { ...answers.fields, stem, ...(title ? { title } : {}), ...(explanation ? { explanation } : {}) };
}
