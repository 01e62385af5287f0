/** A minimal typed event emitter; handlers that throw do not stop the others. */
export class Emitter<M extends Record<string, unknown>> {
  private readonly handlers = new Map<keyof M, Set<(e: never) => void>>();

  on<K extends keyof M>(type: K, handler: (e: M[K]) => void): void {
    if (typeof handler !== 'function') throw new TypeError(`on("${String(type)}"): the handler must be a function`);
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler as (e: never) => void);
  }

  off<K extends keyof M>(type: K, handler: (e: M[K]) => void): void {
    this.handlers.get(type)?.delete(handler as (e: never) => void);
  }

  emit<K extends keyof M>(type: K, event: M[K]): void {
    for (const h of this.handlers.get(type) ?? []) {
      try {
        (h as (e: M[K]) => void)(event);
      } catch (err) {
        // A broken handler in the page must not break the timeline.
        setTimeout(() => {
          throw err;
        });
      }
    }
  }

  clear(): void {
    this.handlers.clear();
  }
}
