// How legal documents are named in pickers and lists. Pure.
import type { LegalDocument } from '../api/types.js';
import type { ComboOption } from '../components/Combobox.svelte';

/** "06/2022/QH15 — Luật Thi đua, khen thưởng"; documents without a number go by their title. */
export function documentLabel(document: Pick<LegalDocument, 'number' | 'title'>): string {
  const number = document.number.trim();
  return number && number !== '—' && number !== '-' ? `${number} — ${document.title}` : document.title;
}

/** Picker options: in force first, newest first; the superseded ones say so. */
export function documentOptions(documents: LegalDocument[], supersededLabel: (by: string) => string): ComboOption[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return [...documents]
    .sort((a, b) => Number(!!a.supersededBy) - Number(!!b.supersededBy) || (b.issuedAt ?? '').localeCompare(a.issuedAt ?? ''))
    .map((document) => {
      const replacement = document.supersededBy ? byId.get(document.supersededBy) : undefined;
      const superseded = document.supersededBy ? supersededLabel(replacement?.number ?? document.supersededBy) : undefined;
      return {
        id: document.id,
        label: documentLabel(document),
        detail: [document.issuer, superseded].filter(Boolean).join(' · ') || undefined,
        keywords: document.id,
      };
    });
}
