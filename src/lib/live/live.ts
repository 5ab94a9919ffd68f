import { createSubscriber } from 'svelte/reactivity';

/** Starts a source: calls `set` with each new value or `fail` once broken, returns its stop function. */
export type Listen<T> = (set: (value: T) => void, fail: (error: Error) => void) => () => void;

/**
 * A value kept up to date by a listener that runs only while some effect or template reads it:
 * the first reader starts it, the last one leaving stops it. Read outside an effect (an event
 * handler), it gives the last known value without listening.
 */
export class Live<T> {
  #value: T;
  #loading = true;
  #error: Error | null = null;
  readonly #subscribe: () => void;

  constructor(initial: T, listen: Listen<T>) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) => {
      this.#loading = true;
      return listen(
        (value) => {
          this.#value = value;
          this.#loading = false;
          this.#error = null;
          update();
        },
        (error) => {
          this.#error = error;
          this.#loading = false;
          update();
        }
      );
    });
  }

  /** The latest value (the initial one until the first arrives). */
  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  /** True until the first value or error arrives. */
  get loading(): boolean {
    this.#subscribe();
    return this.#loading;
  }

  /** The error that stopped the source (e.g. permission-denied), or null. */
  get error(): Error | null {
    this.#subscribe();
    return this.#error;
  }
}
