import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionBank1764100000000 implements MigrationInterface {
  name = 'QuestionBank1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE topic (
        code text CONSTRAINT pk_topic PRIMARY KEY,
        name text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE legal_document (
        id text CONSTRAINT pk_legal_document PRIMARY KEY,
        number text NOT NULL,
        title text NOT NULL,
        issuer text,
        issued_at date,
        effective_at date,
        superseded_by text CONSTRAINT fk_legal_document_superseded_by REFERENCES legal_document (id) ON DELETE SET NULL,
        superseded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE question (
        id uuid CONSTRAINT pk_question PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_unit_id uuid NOT NULL CONSTRAINT fk_question_owner_unit REFERENCES unit (id) ON DELETE RESTRICT,
        current_version integer NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_question_status CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
        needs_review boolean NOT NULL DEFAULT false,
        topic_code text CONSTRAINT fk_question_topic REFERENCES topic (code) ON UPDATE CASCADE ON DELETE SET NULL,
        cognitive_level text CONSTRAINT ck_question_cognitive_level CHECK (cognitive_level IN ('recognition', 'comprehension', 'application', 'high_application')),
        difficulty text CONSTRAINT ck_question_difficulty CHECK (difficulty IN ('easy', 'medium', 'hard')),
        tags text[] NOT NULL DEFAULT '{}',
        stem_folded text NOT NULL,
        author_id uuid CONSTRAINT fk_question_author REFERENCES app_user (id) ON DELETE SET NULL,
        reviewer_id uuid CONSTRAINT fk_question_reviewer REFERENCES app_user (id) ON DELETE SET NULL,
        review_comment text,
        seed_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_question_seed_key UNIQUE (seed_key)
      )`);
    await runner.query(`CREATE INDEX ix_question_owner_status ON question (owner_unit_id, status)`);
    await runner.query(`CREATE INDEX ix_question_topic_level ON question (topic_code, cognitive_level)`);
    await runner.query(`CREATE INDEX ix_question_stem_folded ON question (stem_folded)`);
    await runner.query(`
      CREATE TABLE question_version (
        id uuid CONSTRAINT pk_question_version PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL CONSTRAINT fk_question_version_question REFERENCES question (id) ON DELETE CASCADE,
        version integer NOT NULL,
        type text NOT NULL CONSTRAINT ck_question_version_type CHECK (type IN ('single', 'multiple', 'true_false', 'short_text', 'numeric')),
        title text,
        stem text NOT NULL,
        options jsonb NOT NULL DEFAULT '[]',
        accepted jsonb NOT NULL DEFAULT '[]',
        accept_without_diacritics boolean NOT NULL DEFAULT false,
        numeric_value double precision,
        numeric_tolerance double precision,
        partial_credit boolean NOT NULL DEFAULT false,
        explanation text,
        legal_document_id text CONSTRAINT fk_question_version_legal_document REFERENCES legal_document (id) ON DELETE RESTRICT,
        legal_article text,
        legal_clause text,
        facts text[] NOT NULL DEFAULT '{}',
        created_by uuid CONSTRAINT fk_question_version_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_question_version UNIQUE (question_id, version)
      )`);
    await runner.query(`CREATE INDEX ix_question_version_legal_document ON question_version (legal_document_id)`);
    await runner.query(`
      CREATE TABLE bank_editor (
        unit_id uuid NOT NULL CONSTRAINT fk_bank_editor_unit REFERENCES unit (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_bank_editor_user REFERENCES app_user (id) ON DELETE CASCADE,
        granted_by uuid CONSTRAINT fk_bank_editor_granted_by REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_bank_editor PRIMARY KEY (unit_id, user_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE bank_editor`);
    await runner.query(`DROP TABLE question_version`);
    await runner.query(`DROP TABLE question`);
    await runner.query(`DROP TABLE legal_document`);
    await runner.query(`DROP TABLE topic`);
  }
}
