// Which stretches of a text end like one of a set of names, read leftwards character by character.
//
// A question is searched for a document's name (`劳动合同法` of 中华人民共和国劳动合同法) by growing a
// slice leftwards from each position while it is still the ending of some name. Done with a Map of every
// ending, each step made a new string and hashed it — the most of explicitFresh's time (5% of a distinct
// question over the laws). Here the names are a trie of their reversed characters: a step is one lookup
// of (node, character) in a flat hash table, nothing allocated.

export class NameEndings {
  /** Per slot: the parent node (-1: empty), the character (UTF-16 code unit) and the child node. */
  private readonly parent: Int32Array;
  private readonly code: Uint16Array;
  private readonly child: Int32Array;
  private readonly mask: number;
  private nodes = 1;

  constructor(names: Iterable<string>) {
    const list = [...names];
    let chars = 0;
    for (const n of list) chars += n.length;
    // At most one slot per character of the names; at most half full.
    let size = 16;
    while (size < chars * 2) size *= 2;
    this.mask = size - 1;
    this.parent = new Int32Array(size).fill(-1);
    this.code = new Uint16Array(size);
    this.child = new Int32Array(size);
    for (const name of list) {
      let node = 0;
      for (let i = name.length - 1; i >= 0; i--) node = this.step(node, name.charCodeAt(i), true);
    }
  }

  /**
   * How many characters before `end` in `text` are an ending of some name, at most `limit`: 0 when
   * no name ends with text[end - 1]. Every shorter stretch ending at `end` is an ending too (endings
   * are closed under shortening).
   */
  reach(text: string, end: number, limit: number): number {
    let node = 0;
    let n = 0;
    while (n < limit && end - n - 1 >= 0) {
      node = this.step(node, text.charCodeAt(end - n - 1), false);
      if (node < 0) break;
      n++;
    }
    return n;
  }

  /** The child of `node` by `c`, made when `add`; -1 when absent. */
  private step(node: number, c: number, add: boolean): number {
    let s = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    for (;;) {
      const p = this.parent[s]!;
      if (p === -1) break;
      if (p === node && this.code[s] === c) return this.child[s]!;
      s = (s + 1) & this.mask;
    }
    if (!add) return -1;
    this.parent[s] = node;
    this.code[s] = c;
    this.child[s] = this.nodes;
    return this.nodes++;
  }
}
