import type { QuestionDto } from './question.dto.js';
import type { Question } from './question.entity.js';
import type { QuestionVersion } from './question-version.entity.js';

export interface DocumentRef {
  number: string;
  title: string;
}

/** The organizer's view of a question (with keys): never sent to participants. */
export function toQuestionDto(question: Question, version: QuestionVersion, document?: DocumentRef | null): QuestionDto {
  return {
    id: question.id,
    ownerUnitId: question.ownerUnitId,
    status: question.status,
    needsReview: question.needsReview,
    version: version.version,
    type: version.type,
    title: version.title,
    stem: version.stem,
    options: version.options,
    accepted: version.accepted,
    acceptWithoutDiacritics: version.acceptWithoutDiacritics,
    numeric: version.numericValue === null ? null : { value: version.numericValue, tolerance: version.numericTolerance ?? 0 },
    partialCredit: version.partialCredit,
    explanation: version.explanation,
    legalBasis: {
      documentId: version.legalDocumentId,
      documentNumber: document?.number ?? null,
      documentTitle: document?.title ?? null,
      article: version.legalArticle,
      clause: version.legalClause,
    },
    topic: question.topicCode,
    cognitiveLevel: question.cognitiveLevel,
    difficulty: question.difficulty,
    tags: question.tags,
    facts: version.facts,
    authorId: question.authorId,
    reviewerId: question.reviewerId,
    reviewComment: question.reviewComment,
    updatedAt: question.updatedAt.toISOString(),
  };
}
