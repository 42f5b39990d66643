export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'short_text', 'numeric'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const COGNITIVE_LEVELS = ['recognition', 'comprehension', 'application', 'high_application'] as const;
export type CognitiveLevel = (typeof COGNITIVE_LEVELS)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface SeedDocument {
  id: string;
  number: string;
  title: string;
  issuer: string;
  issuedAt: string | null;
  effectiveAt: string | null;
  supersededBy: string | null;
}

export interface SeedFact {
  id: string;
  statement: string;
  documentId: string;
  article: string;
  source: string;
}

export interface SeedTopic {
  code: string;
  name: string;
}

export interface SeedQuestion {
  key: string;
  type: QuestionType;
  stem: string;
  options?: { text: string; correct: boolean }[];
  accepted?: string[];
  acceptWithoutDiacritics?: boolean;
  numeric?: { value: number; tolerance: number };
  explanation: string;
  legalBasis: { documentId: string; article: string; clause?: string };
  facts: string[];
  topic: string;
  cognitiveLevel: CognitiveLevel;
  difficulty: Difficulty;
  tags?: string[];
}

export interface SeedBank {
  documents: SeedDocument[];
  facts: SeedFact[];
  topics: SeedTopic[];
  /** Each question with the data file it came from. */
  questions: (SeedQuestion & { file: string })[];
}
