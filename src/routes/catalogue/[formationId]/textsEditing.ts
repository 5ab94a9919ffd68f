import { currentPhase, type Campaign, type Claims, type Formation } from '$shared';

/** Whether the visitor edits a formation's texts: 'open' (may now), 'closed' (its lycée, out of the campaign), 'none'. */
export type TextsEditing = 'open' | 'closed' | 'none';

/**
 * The rules' answer, asked before showing a form: the académie may always edit the texts; a lycée
 * those of its own formations until the closure of their campaign (the current one), from before
 * its opening so that the catalogue is ready when families arrive.
 */
export function textsEditing(
  formation: Pick<Formation, 'uai' | 'campaignId'>,
  claims: Claims | null,
  campaign: Campaign | null,
  now: Date
): TextsEditing {
  if (claims?.role === 'academie') return 'open';
  if (claims?.role !== 'lycee' || claims.uai !== formation.uai) return 'none';
  if (!campaign || campaign.id !== formation.campaignId) return 'closed';
  const { phase } = currentPhase(campaign, now);
  return phase === 'closed' ? 'closed' : 'open';
}
