import { beforeNavigate } from '$app/navigation';

/** The question asked before leaving a form whose text is not saved. */
export const LEAVE_QUESTION = 'Vos modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?';

/**
 * Asks before leaving a page while `isUnsaved()` says its form holds typed text not yet saved: a
 * confirm dialog for a move inside the app or to another site, the browser's own question
 * (beforeunload) for a reload or a closed tab. Call it while the form component initialises.
 */
export function confirmLeavingUnsaved(isUnsaved: () => boolean): void {
  beforeNavigate((navigation) => {
    if (!isUnsaved()) return;
    // For 'leave', SvelteKit turns cancel() into the beforeunload prompt; browsers allow no other.
    if (navigation.type === 'leave' || !window.confirm(LEAVE_QUESTION)) navigation.cancel();
  });
}
