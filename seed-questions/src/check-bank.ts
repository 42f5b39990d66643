import { COGNITIVE_LEVELS, DIFFICULTIES, QUESTION_TYPES, type SeedBank, type SeedQuestion } from './seed-types.js';

/** Stems compared for duplicates: no diacritics, case, punctuation or extra spaces. */
export function normalizeStem(stem: string): string {
  return stem
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Facts the fact sheets mark UNVERIFIED, superseded or "do not use as an answer": no question may
 * rest on them (law sheet §0, cross-check, notes; emulation sheet §0 and notes).
 */
export const BANNED_FACTS = new Set([
  'F010',
  'F043',
  'F049',
  'F069',
  'F095',
  'F098',
  'F163',
  'F165',
  'F166',
  'F167',
  'F179',
  'E040',
  'E085',
  'E102',
  'E119',
  'E125',
  'E143',
  'E144',
  'E146',
]);

const FORBIDDEN_OPTIONS = [/tat ca (cac )?(y|dap an|phuong an) (tren|deu dung)/, /all of the above/];
const TRUE_FALSE = ['Đúng', 'Sai'];

function questionProblems(question: SeedQuestion, known: { facts: Set<string>; documents: Set<string>; topics: Set<string> }): string[] {
  const problems: string[] = [];
  const texts = [
    question.stem,
    question.explanation,
    ...(question.options ?? []).map((option) => option.text),
    ...(question.accepted ?? []),
  ];
  if (texts.some((text) => typeof text !== 'string' || text !== text.normalize('NFC'))) problems.push('text is not NFC');
  if (!QUESTION_TYPES.includes(question.type)) problems.push(`unknown type ${question.type}`);
  if (!COGNITIVE_LEVELS.includes(question.cognitiveLevel)) problems.push(`unknown cognitive level ${question.cognitiveLevel}`);
  if (!DIFFICULTIES.includes(question.difficulty)) problems.push(`unknown difficulty ${question.difficulty}`);
  if (!known.topics.has(question.topic)) problems.push(`unknown topic ${question.topic}`);
  if (!question.stem || question.stem.trim().length < 10) problems.push('stem too short');
  if (!question.explanation || question.explanation.trim().length < 15) problems.push('explanation missing or too short');
  if (!question.legalBasis?.documentId || !question.legalBasis.article) problems.push('legal basis missing');
  else if (!known.documents.has(question.legalBasis.documentId)) problems.push(`unknown document ${question.legalBasis.documentId}`);
  if (!Array.isArray(question.facts) || question.facts.length === 0) problems.push('no fact id');
  for (const fact of question.facts ?? []) {
    if (!known.facts.has(fact)) problems.push(`fact ${fact} is not in the register`);
    if (BANNED_FACTS.has(fact)) problems.push(`fact ${fact} is unverified or warned against`);
  }

  const options = question.options ?? [];
  const keys = options.filter((option) => option.correct === true).length;
  const folded = options.map((option) => normalizeStem(option.text));
  if (new Set(folded).size !== folded.length) problems.push('an option is repeated');
  if (folded.some((text) => FORBIDDEN_OPTIONS.some((pattern) => pattern.test(text)))) problems.push('"all of the above" option');
  if (options.some((option) => typeof option.correct !== 'boolean' || !option.text?.trim()))
    problems.push('an option lacks text or a boolean "correct"');
  switch (question.type) {
    case 'single':
      if (options.length < 3 || options.length > 6) problems.push('single needs 3 to 6 options');
      if (keys !== 1) problems.push(`single needs exactly 1 key, has ${keys}`);
      break;
    case 'multiple':
      if (options.length < 3 || options.length > 6) problems.push('multiple needs 3 to 6 options');
      if (keys < 2 || keys === options.length) problems.push(`multiple needs 2 or more keys and at least one wrong option, has ${keys}`);
      break;
    case 'true_false':
      if (options.map((option) => option.text).join('|') !== TRUE_FALSE.join('|'))
        problems.push('true_false options must be exactly "Đúng", "Sai"');
      if (keys !== 1) problems.push(`true_false needs exactly 1 key, has ${keys}`);
      break;
    case 'short_text':
      if (options.length > 0) problems.push('short_text has no options');
      if (!question.accepted?.length || question.accepted.some((answer) => !answer.trim()))
        problems.push('short_text needs accepted answers');
      break;
    case 'numeric':
      if (options.length > 0) problems.push('numeric has no options');
      if (!Number.isFinite(question.numeric?.value) || !(question.numeric!.tolerance >= 0))
        problems.push('numeric needs a value and a tolerance ≥ 0');
      break;
  }
  return problems;
}

/** Every problem in the bank, as "file key: problem" lines; empty when the bank is sound. */
export function checkBank(bank: SeedBank): string[] {
  const problems: string[] = [];
  const duplicates = <T>(items: T[], id: (item: T) => string, what: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(id(item))) problems.push(`register: ${what} ${id(item)} is defined twice`);
      seen.add(id(item));
    }
    return seen;
  };
  const documents = duplicates(bank.documents, (document) => document.id, 'document');
  const facts = duplicates(bank.facts, (fact) => fact.id, 'fact');
  const topics = duplicates(bank.topics, (topic) => topic.code, 'topic');
  for (const fact of bank.facts) {
    if (!documents.has(fact.documentId)) problems.push(`register: fact ${fact.id} cites unknown document ${fact.documentId}`);
    if (!fact.statement?.trim() || !fact.source?.trim()) problems.push(`register: fact ${fact.id} needs a statement and a source`);
  }
  for (const document of bank.documents) {
    if (document.supersededBy && !documents.has(document.supersededBy))
      problems.push(`register: ${document.id} superseded by unknown ${document.supersededBy}`);
  }
  const keys = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const question of bank.questions) {
    const where = `${question.file} ${question.key}`;
    if (keys.has(question.key)) problems.push(`${where}: key repeats ${keys.get(question.key)}`);
    keys.set(question.key, question.file);
    const stem = normalizeStem(question.stem ?? '');
    if (stems.has(stem)) problems.push(`${where}: same stem as ${stems.get(stem)}`);
    stems.set(stem, question.key);
    for (const problem of questionProblems(question, { facts, documents, topics })) problems.push(`${where}: ${problem}`);
  }
  return problems;
}
