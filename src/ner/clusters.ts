/**
 * Word classes learned from unlabelled text by the exchange algorithm
 * (Kneser & Ney 1993; Martin, Liermann & Ney 1998): each word moves to the
 * class that most raises the likelihood of a class-bigram model. Two runs,
 * a coarse and a fine one, stand in for the prefixes of a Brown hierarchy.
 */

export interface ClusterOptions {
  classes: number;
  /** Words seen fewer times share one class. */
  minCount?: number;
  iterations?: number;
  log?: (line: string) => void;
}

/** The key a word is clustered under: lower case, digits as 0 (as in the features). */
export function clusterKey(word: string): string {
  const l = word.toLowerCase().replace(/[’‘`´ʼ]/g, "'");
  return /\d/.test(l) ? l.replace(/\d/g, "0") : l;
}

const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/**
 * Clusters the words of tokenised sentences; returns word → class index.
 * Deterministic: words are visited by frequency, ties by spelling.
 *
 * @example
 * exchangeClusters([["le", "chat"], ["le", "chien"]], { classes: 2, minCount: 1 }).get("chat");
 */
export function exchangeClusters(
  sentences: readonly (readonly string[])[],
  o: ClusterOptions,
): Map<string, number> {
  const minCount = o.minCount ?? 3;
  const K = o.classes;
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s) counts.set(clusterKey(w), (counts.get(clusterKey(w)) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  // 0 = sentence boundary, 1 = rare words, then the vocabulary.
  const id = new Map<string, number>();
  for (let i = 0; i < vocab.length; i++) id.set(vocab[i], i + 2);
  const V = vocab.length + 2;
  const uni = new Float64Array(V);
  const pairs = new Map<number, number>();
  for (const s of sentences) {
    let prev = 0;
    uni[0]++;
    for (const w of s) {
      const cur = id.get(clusterKey(w)) ?? 1;
      uni[cur]++;
      const key = prev * V + cur;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      prev = cur;
    }
    const key = prev * V;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  // Right and left neighbour lists (CSR).
  const rightStart = new Int32Array(V + 1);
  const leftStart = new Int32Array(V + 1);
  for (const k of pairs.keys()) {
    rightStart[Math.floor(k / V) + 1]++;
    leftStart[(k % V) + 1]++;
  }
  for (let i = 0; i < V; i++) {
    rightStart[i + 1] += rightStart[i];
    leftStart[i + 1] += leftStart[i];
  }
  const rightWord = new Int32Array(pairs.size);
  const rightCount = new Float64Array(pairs.size);
  const leftWord = new Int32Array(pairs.size);
  const leftCount = new Float64Array(pairs.size);
  const rFill = rightStart.slice(0, V);
  const lFill = leftStart.slice(0, V);
  for (const [k, n] of pairs) {
    const a = Math.floor(k / V);
    const b = k % V;
    rightWord[rFill[a]] = b;
    rightCount[rFill[a]++] = n;
    leftWord[lFill[b]] = a;
    leftCount[lFill[b]++] = n;
  }
  const classOf = new Int32Array(V);
  for (let w = 0; w < V; w++) classOf[w] = w % K;
  const C = new Float64Array(K * K);
  const N = new Float64Array(K);
  for (let w = 0; w < V; w++) N[classOf[w]] += uni[w];
  for (const [k, n] of pairs) C[classOf[Math.floor(k / V)] * K + classOf[k % V]] += n;

  const rc = new Float64Array(K);
  const lc = new Float64Array(K);
  const rNz = new Int32Array(K);
  const lNz = new Int32Array(K);
  for (let it = 0; it < (o.iterations ?? 10); it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = classOf[w];
      let self = 0;
      let nr = 0;
      let nl = 0;
      for (let k = rightStart[w]; k < rightStart[w + 1]; k++) {
        const v = rightWord[k];
        if (v === w) {
          self += rightCount[k];
          continue;
        }
        const c = classOf[v];
        if (rc[c] === 0) rNz[nr++] = c;
        rc[c] += rightCount[k];
      }
      for (let k = leftStart[w]; k < leftStart[w + 1]; k++) {
        const v = leftWord[k];
        if (v === w) continue;
        const c = classOf[v];
        if (lc[c] === 0) lNz[nl++] = c;
        lc[c] += leftCount[k];
      }
      const n = uni[w];
      // Take w out of its class.
      for (let i = 0; i < nr; i++) C[a * K + rNz[i]] -= rc[rNz[i]];
      for (let i = 0; i < nl; i++) C[lNz[i] * K + a] -= lc[lNz[i]];
      C[a * K + a] -= self;
      N[a] -= n;
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let gain = 0;
        for (let i = 0; i < nr; i++) {
          const c = rNz[i];
          if (c === b) continue;
          const x = C[b * K + c];
          gain += f(x + rc[c]) - f(x);
        }
        for (let i = 0; i < nl; i++) {
          const c = lNz[i];
          if (c === b) continue;
          const x = C[c * K + b];
          gain += f(x + lc[c]) - f(x);
        }
        const bb = C[b * K + b];
        gain += f(bb + rc[b] + lc[b] + self) - f(bb);
        gain -= 2 * (f(N[b] + n) - f(N[b]));
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          best = b;
        }
      }
      for (let i = 0; i < nr; i++) C[best * K + rNz[i]] += rc[rNz[i]];
      for (let i = 0; i < nl; i++) C[lNz[i] * K + best] += lc[lNz[i]];
      C[best * K + best] += self;
      N[best] += n;
      if (best !== a) moved++;
      classOf[w] = best;
      for (let i = 0; i < nr; i++) rc[rNz[i]] = 0;
      for (let i = 0; i < nl; i++) lc[lNz[i]] = 0;
    }
    o.log?.(`clusters k=${K} pass ${it + 1}: ${moved} words moved`);
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (let i = 0; i < vocab.length; i++) out.set(vocab[i], classOf[i + 2]);
  return out;
}

/**
 * Coarse and fine classes packed in one number per word (coarse << 16 | fine).
 */
export function twoLevelClusters(
  sentences: readonly (readonly string[])[],
  o: {
    coarse?: number;
    fine?: number;
    minCount?: number;
    iterations?: number;
    log?: (l: string) => void;
  } = {},
): Map<string, number> {
  const coarse = exchangeClusters(sentences, {
    classes: o.coarse ?? 64,
    minCount: o.minCount,
    iterations: o.iterations,
    log: o.log,
  });
  const fine = exchangeClusters(sentences, {
    classes: o.fine ?? 384,
    minCount: o.minCount,
    iterations: o.iterations,
    log: o.log,
  });
  const out = new Map<string, number>();
  for (const [w, c] of coarse) out.set(w, ((c + 1) << 16) | ((fine.get(w) ?? 0) + 1));
  return out;
}

/** Serialises clusters as "word TAB packed" lines. */
export function encodeClusters(clusters: Map<string, number>): string {
  let s = "";
  for (const [w, c] of clusters) s += `${w}\t${c}\n`;
  return s;
}

export function decodeClusters(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return out;
}
