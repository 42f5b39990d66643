/** The question types Lantoa has. */
export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'short_text', 'numeric'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const COGNITIVE_LEVELS = ['recognition', 'comprehension', 'application', 'high_application'] as const;
export type CognitiveLevel = (typeof COGNITIVE_LEVELS)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const QUESTION_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface DraftOption {
  text: string;
  correct: boolean;
  /** Moodle-style credit in percent (-100…100) for partial credit; absent means all-or-nothing. */
  weight?: number;
  feedback?: string;
}

export interface DraftLegalBasis {
  /** A known legal document's id, when the source names one. */
  documentId?: string;
  /** Free text naming the document when no id is known ("Luật Thi đua, khen thưởng 06/2022/QH15"). */
  document?: string;
  article?: string;
  clause?: string;
}

/**
 * A question as every import format produces it and every export format consumes it:
 * format-neutral, not yet checked against the bank. Pure data.
 */
export interface QuestionDraft {
  type: QuestionType;
  stem: string;
  title?: string;
  /** GIFT $CATEGORY, a spreadsheet's topic column: a topic code or name. */
  topic?: string;
  options?: DraftOption[];
  /** short_text: the accepted answers. */
  accepted?: string[];
  acceptWithoutDiacritics?: boolean;
  /** numeric: the value and the tolerance (a range min..max becomes its midpoint ± half width). */
  numeric?: { value: number; tolerance: number };
  partialCredit?: boolean;
  /** true_false: feedback shown for each answer. */
  trueFeedback?: string;
  falseFeedback?: string;
  /** General feedback: the explanation shown at review. */
  explanation?: string;
  legalBasis?: DraftLegalBasis;
  cognitiveLevel?: CognitiveLevel;
  difficulty?: Difficulty;
  tags?: string[];
  facts?: string[];
  status?: QuestionStatus;
}

/** Where a draft came from in its file: a 1-based line (GIFT, Aiken, JSON) or row (xlsx, csv). */
export interface LocatedDraft extends QuestionDraft {
  line: number;
}

export interface FormatProblem {
  line: number;
  code: FormatProblemCode;
  params?: Record<string, string | number>;
}

export type FormatProblemCode =
  | 'GIFT_UNSUPPORTED_TYPE'
  | 'GIFT_SYNTAX'
  | 'GIFT_NO_ANSWERS'
  | 'GIFT_NUMERIC_INVALID'
  | 'GIFT_WEIGHTS_INVALID'
  | 'AIKEN_NO_ANSWER_LINE'
  | 'AIKEN_ANSWER_NOT_AN_OPTION'
  | 'AIKEN_TOO_FEW_OPTIONS'
  | 'AIKEN_OPTION_BEFORE_QUESTION'
  | 'AIKEN_ANSWER_WITHOUT_OPTIONS'
  | 'INVALID_VALUE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'NOT_UTF8';

export interface ParseResult {
  questions: LocatedDraft[];
  problems: FormatProblem[];
}
