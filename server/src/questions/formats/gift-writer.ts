import type { DraftOption, QuestionDraft } from '../question-draft.js';
import { categoryPath, escapeGiftText } from './gift-text.js';

/**
 * Writes drafts as Moodle GIFT that `parseGift` reads back to the same drafts, for every
 * field GIFT can hold. GIFT cannot hold: legal basis, level, difficulty, tags, facts,
 * status, `acceptWithoutDiacritics`, and all-or-nothing scoring of a multiple-choice
 * question (it is written with equal weights and reads back as partial credit).
 */
export function toGift(drafts: QuestionDraft[]): string {
  const parts: string[] = [];
  let currentTopic: string | undefined;
  for (const draft of drafts) {
    const topic = draft.topic?.replace(/\s+/g, ' ').trim() || undefined;
    if (topic !== currentTopic) {
      parts.push(`$CATEGORY: ${categoryPath(topic)}`);
      currentTopic = topic;
    }
    parts.push(writeQuestion(draft));
  }
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

function writeQuestion(draft: QuestionDraft): string {
  const title = draft.title ? `::${escapeGiftText(draft.title)}::` : '';
  const generalFeedback = draft.explanation ? `####${escapeGiftText(draft.explanation)}` : '';
  const head = `${title}${escapeGiftText(draft.stem)}`;
  switch (draft.type) {
    case 'single':
    case 'multiple': {
      const lines = writeChoices(draft).map((line) => `\t${line}`);
      if (generalFeedback) lines.push(`\t${generalFeedback}`);
      return `${head} {\n${lines.join('\n')}\n}`;
    }
    case 'true_false':
      return `${head} {${writeTrueFalse(draft)}${generalFeedback}}`;
    case 'short_text': {
      const answers = (draft.accepted ?? []).map((answer) => `=${escapeGiftText(answer)}`);
      return `${head} {${answers.join(' ')}${generalFeedback ? ` ${generalFeedback}` : ''}}`;
    }
    case 'numeric': {
      const { value = 0, tolerance = 0 } = draft.numeric ?? {};
      return `${head} {#${value}${tolerance ? `:${tolerance}` : ''}${generalFeedback}}`;
    }
  }
}

function writeChoices(draft: QuestionDraft): string[] {
  const options = draft.options ?? [];
  const weights = draft.type === 'multiple' ? multipleWeights(draft) : singleWeights(draft);
  return options.map((option, index) => {
    const weight = weights[index];
    const text = escapeGiftText(option.text);
    let marker: string;
    if (draft.type === 'single' && option.correct) marker = '=';
    // A text that itself starts like "%50%" needs an explicit weight in front of it.
    else if (weight !== 0 || /^%-?\d/.test(text)) marker = `~%${weight}%`;
    else marker = '~';
    return `${marker}${text}${option.feedback ? `#${escapeGiftText(option.feedback)}` : ''}`;
  });
}

function singleWeights(draft: QuestionDraft): number[] {
  return (draft.options ?? []).map((option) => (option.correct ? 100 : draft.partialCredit ? (option.weight ?? 0) : 0));
}

/** A several-answer question in GIFT is all weights: positive ones must add up to 100 %. */
function multipleWeights(draft: QuestionDraft): number[] {
  const options = draft.options ?? [];
  if (draft.partialCredit && options.every((option) => option.weight !== undefined)) return options.map((option) => option.weight!);
  const keys = options.filter((option: DraftOption) => option.correct).length;
  return options.map((option) => (option.correct ? Number((100 / keys).toFixed(5)) : 0));
}

function writeTrueFalse(draft: QuestionDraft): string {
  const isTrue = draft.options?.[0]?.correct ?? false;
  const right = (isTrue ? draft.trueFeedback : draft.falseFeedback) ?? '';
  const wrong = (isTrue ? draft.falseFeedback : draft.trueFeedback) ?? '';
  let text = isTrue ? 'TRUE' : 'FALSE';
  if (wrong || right) text += `#${escapeGiftText(wrong)}`;
  if (right) text += `#${escapeGiftText(right)}`;
  return text;
}
