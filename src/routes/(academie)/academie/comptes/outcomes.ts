import { ACCOUNT_OUTCOME_LABELS, type AccountOutcome } from '$shared';

/** How each outcome of a report line reads (alone, and counted in a summary), with its DSFR badge. */
export const OUTCOME_BADGES: Record<AccountOutcome, { label: string; counted: string; badge: string }> = {
  created: { label: ACCOUNT_OUTCOME_LABELS.created, counted: 'créés', badge: 'fr-badge--success' },
  updated: { label: ACCOUNT_OUTCOME_LABELS.updated, counted: 'mis à jour', badge: 'fr-badge--info' },
  unchanged: { label: ACCOUNT_OUTCOME_LABELS.unchanged, counted: 'inchangés', badge: '' },
  rejected: { label: ACCOUNT_OUTCOME_LABELS.rejected, counted: 'rejetés', badge: 'fr-badge--error' }
};
