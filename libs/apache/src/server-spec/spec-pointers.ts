/**
 * modelOfSpec's pointers (model id → JSON pointer into the document): a Map filled on its first read. The import reads
 * them only to place a diagnostic, and most imports have none: building ~80k pointer strings and hashing as many fresh
 * ids into a Map for nothing was a third of modelOfSpec. Until then only the ids are kept, list by list in the order
 * modelOfSpec met them, which is the order they are set in when filled: a repeated id keeps its first place and gets
 * its last pointer, as with the Map.set calls this stands for.
 */
export class SpecPointers extends Map<string, string> {
  // Private fields, not properties. Read it through Map's methods (each fills it first): what reads a Map's internal
  // slots directly — structuredClone, util.inspect, Map.prototype.get.call — sees it empty until then.
  /** Ids of the document's tenants, virtual hosts and daemon groups, by their index in that list. */
  readonly #tenants: string[] = [];
  readonly #virtualHosts: string[] = [];
  readonly #daemonGroups: string[] = [];
  /** Directory ids, vhost after vhost; `#directoryCounts[i]`: how many of them the i-th vhost lists. */
  readonly #directories: string[] = [];
  readonly #directoryCounts: number[] = [];
  /** WSGI mount ids, in the same way. */
  readonly #wsgiMounts: string[] = [];
  readonly #mountCounts: number[] = [];
  #filled = false;

  /** The i-th tenant of the document (i: the number of tenants listed before) has this id. */
  tenant(id: string): void {
    this.#tenants.push(id);
  }

  virtualHost(id: string): void {
    this.#virtualHosts.push(id);
  }

  daemonGroup(id: string): void {
    this.#daemonGroups.push(id);
  }

  /** The next vhost lists this many directories; their ids follow. */
  directoriesOfNextVirtualHost(count: number): void {
    this.#directoryCounts.push(count);
  }

  directory(id: string): void {
    this.#directories.push(id);
  }

  /** The next vhost lists this many WSGI mounts; their ids follow. */
  mountsOfNextVirtualHost(count: number): void {
    this.#mountCounts.push(count);
  }

  wsgiMount(id: string): void {
    this.#wsgiMounts.push(id);
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override get(key: string): string | undefined {
    this.#fill();
    return super.get(key);
  }

  override has(key: string): boolean {
    this.#fill();
    return super.has(key);
  }

  override set(key: string, value: string): this {
    this.#fill();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.#fill();
    return super.delete(key);
  }

  override clear(): void {
    this.#fill();
    super.clear();
  }

  override forEach(
    callback: (value: string, key: string, map: Map<string, string>) => void,
    thisArg?: unknown,
  ): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<string> {
    this.#fill();
    return super.values();
  }

  override entries(): MapIterator<[string, string]> {
    this.#fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  /** The Map.set calls the lists stand for, in modelOfSpec's order: tenants, vhosts, groups, directories, mounts. */
  #fill(): void {
    if (this.#filled) return;
    this.#filled = true;
    this.#tenants.forEach((id, i) => super.set(id, `/tenants/${i}`));
    this.#virtualHosts.forEach((id, i) => super.set(id, `/virtualHosts/${i}`));
    this.#daemonGroups.forEach((id, i) => super.set(id, `/daemonGroups/${i}`));
    let k = 0;
    this.#directoryCounts.forEach((count, i) => {
      for (let j = 0; j < count; j++)
        super.set(this.#directories[k++]!, `/virtualHosts/${i}/directories/${j}`);
    });
    k = 0;
    this.#mountCounts.forEach((count, i) => {
      for (let j = 0; j < count; j++) super.set(this.#wsgiMounts[k++]!, `/virtualHosts/${i}/wsgiMounts/${j}`);
    });
  }
}
