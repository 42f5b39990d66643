// The editor's model of a question and its conversions to and from the API. Pure.
import type { CognitiveLevel, Difficulty, Question, QuestionInput, QuestionOptionInput, QuestionType } from '../api/types.js';
import { toNfc } from '../text/fold.js';
import { optionLetter, TRUE_FALSE_TEXTS } from './rules.js';

export { optionLetter };

export interface ChoiceForm {
  /** Stable key for keyed each blocks; never sent. */
  key: number;
  text: string;
  correct: boolean;
  weight?: number;
  feedback?: string;
}

export interface QuestionForm {
  type: QuestionType;
  stem: string;
  /** The options of a single- or multiple-choice question; kept while another type is chosen. */
  choices: ChoiceForm[];
  /** true_false: which of "Đúng" / "Sai" is the key. */
  truth: 'Đúng' | 'Sai' | null;
  /** Feedback carried by an imported true/false question, kept as it was. */
  truthFeedback: [string | undefined, string | undefined];
  accepted: string[];
  acceptWithoutDiacritics: boolean;
  /** As typed: a decimal comma is accepted. */
  numericValue: string;
  numericTolerance: string;
  partialCredit: boolean;
  explanation: string;
  documentId: string | null;
  article: string;
  clause: string;
  topic: string;
  cognitiveLevel: CognitiveLevel | '';
  difficulty: Difficulty | '';
  /** Comma-separated, as typed. */
  tags: string;
  /** Not edited here, sent back unchanged so nothing is lost on save. */
  title: string | null;
  facts: string[];
}

/** What a participant is given: no key, no explanation. */
export interface ParticipantQuestion {
  type: QuestionType;
  stem: string;
  options: { id: string; text: string }[];
}

let nextKey = 1;
export const choice = (text = '', correct = false): ChoiceForm => ({ key: nextKey++, text, correct });

export function emptyForm(): QuestionForm {
  return {
    type: 'single',
    stem: '',
    choices: [choice(), choice(), choice(), choice()],
    truth: null,
    truthFeedback: [undefined, undefined],
    accepted: [''],
    acceptWithoutDiacritics: false,
    numericValue: '',
    numericTolerance: '0',
    partialCredit: false,
    explanation: '',
    documentId: null,
    article: '',
    clause: '',
    topic: '',
    cognitiveLevel: '',
    difficulty: '',
    tags: '',
    title: null,
    facts: [],
  };
}

export function fromQuestion(question: Question): QuestionForm {
  const form = emptyForm();
  const choiceType = question.type === 'single' || question.type === 'multiple';
  const truthOption = (text: string) => question.options.find((option) => option.text === text);
  return {
    ...form,
    type: question.type,
    stem: question.stem,
    choices: choiceType
      ? question.options.map((option) => ({ ...choice(option.text, option.correct), weight: option.weight, feedback: option.feedback }))
      : form.choices,
    truth:
      question.type === 'true_false' ? ((question.options.find((option) => option.correct)?.text as QuestionForm['truth']) ?? null) : null,
    truthFeedback: [truthOption('Đúng')?.feedback, truthOption('Sai')?.feedback],
    accepted: question.accepted.length > 0 ? [...question.accepted] : [''],
    acceptWithoutDiacritics: question.acceptWithoutDiacritics,
    numericValue: question.numeric ? String(question.numeric.value) : '',
    numericTolerance: question.numeric ? String(question.numeric.tolerance) : '0',
    partialCredit: question.partialCredit,
    explanation: question.explanation ?? '',
    documentId: question.legalBasis.documentId ?? null,
    article: question.legalBasis.article ?? '',
    clause: question.legalBasis.clause ?? '',
    topic: question.topic ?? '',
    cognitiveLevel: question.cognitiveLevel ?? '',
    difficulty: question.difficulty ?? '',
    tags: question.tags.join(', '),
    title: question.title ?? null,
    facts: [...question.facts],
  };
}

/** "1,5" and "1.5" are the same number; an empty field is no number at all. */
export function parseDecimal(value: string): number {
  const text = value.trim().replace(/\s/g, '').replace(',', '.');
  return text === '' ? Number.NaN : Number(text);
}

export function splitTags(value: string): string[] {
  const tags = value
    .split(/[,;]/)
    .map((tag) => toNfc(tag).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

function optionsOf(form: QuestionForm): QuestionOptionInput[] | undefined {
  if (form.type === 'single' || form.type === 'multiple')
    return form.choices.map(({ text, correct, weight, feedback }) => ({
      text: toNfc(text),
      correct,
      ...(weight !== undefined ? { weight } : {}),
      ...(feedback ? { feedback } : {}),
    }));
  if (form.type === 'true_false')
    return TRUE_FALSE_TEXTS.map((text, index) => ({
      text,
      correct: form.truth === text,
      ...(form.truthFeedback[index] ? { feedback: form.truthFeedback[index] } : {}),
    }));
  return undefined;
}

/** The body for POST /api/questions and PATCH /api/questions/:id (a full replacement: what is left out is cleared). */
export function toInput(form: QuestionForm): QuestionInput {
  const text = (value: string) => toNfc(value).trim();
  const input: QuestionInput = { type: form.type, stem: toNfc(form.stem) };
  const options = optionsOf(form);
  if (options) input.options = options;
  if (form.type === 'multiple' && form.partialCredit) input.partialCredit = true;
  if (form.type === 'short_text') {
    input.accepted = form.accepted.map(text).filter(Boolean);
    input.acceptWithoutDiacritics = form.acceptWithoutDiacritics;
  }
  if (form.type === 'numeric') input.numeric = { value: parseDecimal(form.numericValue), tolerance: parseDecimal(form.numericTolerance) };
  if (text(form.explanation)) input.explanation = text(form.explanation);
  if (form.documentId || text(form.article) || text(form.clause)) {
    input.legalBasis = {};
    if (form.documentId) input.legalBasis.documentId = form.documentId;
    if (text(form.article)) input.legalBasis.article = text(form.article);
    if (text(form.clause)) input.legalBasis.clause = text(form.clause);
  }
  if (form.topic) input.topic = form.topic;
  if (form.cognitiveLevel) input.cognitiveLevel = form.cognitiveLevel;
  if (form.difficulty) input.difficulty = form.difficulty;
  const tags = splitTags(form.tags);
  if (tags.length > 0) input.tags = tags;
  if (form.title) input.title = form.title;
  if (form.facts.length > 0) input.facts = form.facts;
  return input;
}

/** The question as the participant's phone shows it: the key and explanation never leave the editor. */
export function participantView(input: QuestionInput): ParticipantQuestion {
  return {
    type: input.type,
    stem: input.stem.trim(),
    options: (input.options ?? []).map((option, index) => ({ id: optionLetter(index), text: option.text.trim() })),
  };
}
