/**
 * One report table's data: the latest request wins, so a quick drill-down or a new search never
 * shows the answer of the request before it.
 */
export class Loader<T> {
  data = $state<T | null>(null);
  error = $state<unknown>(null);
  loading = $state(false);
  #key: string | null = null;
  #ticket = 0;

  /** Fetches unless `key` is what is shown already; `force` fetches again anyway. */
  async load(key: string, fetcher: () => Promise<T>, force = false): Promise<void> {
    if (!force && key === this.#key && (this.data !== null || this.loading)) return;
    this.#key = key;
    const ticket = ++this.#ticket;
    this.loading = true;
    this.error = null;
    try {
      const data = await fetcher();
      if (ticket === this.#ticket) this.data = data;
    } catch (error) {
      if (ticket === this.#ticket) {
        this.error = error;
        this.data = null;
      }
    } finally {
      if (ticket === this.#ticket) this.loading = false;
    }
  }
}
