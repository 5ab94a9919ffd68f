import { failureMessage } from '$lib/data/failureMessage';

/** How a submission ended, in words for the person who sent it. */
export interface SubmissionOutcome {
  ok: boolean;
  text: string;
}

/**
 * One form's submission: whether it is under way (to disable its button) and how the last one
 * ended (for its status region, SubmissionStatus).
 */
export class Submission {
  pending = $state(false);
  outcome = $state<SubmissionOutcome | null>(null);

  /**
   * Runs `action`, clearing the last outcome first, and keeps the outcome it returns (null: the
   * form shows it otherwise, e.g. in its error summary); a failure becomes an error worded by
   * failureMessage, `fallback` when it is technical. Never throws.
   */
  async run(action: () => Promise<SubmissionOutcome | null>, fallback: string): Promise<void> {
    this.pending = true;
    this.outcome = null;
    try {
      this.outcome = await action();
    } catch (error) {
      this.outcome = { ok: false, text: failureMessage(error, fallback) };
    } finally {
      this.pending = false;
    }
  }
}
