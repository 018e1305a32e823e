/**
 * Seeded pseudo-random source (sfc32). Every random choice in kemu (uids, generateName suffixes,
 * scheduler tie-breaks, chaos targets) draws from one of these so a seed reproduces a run.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Numbers and strings seed alike: new Random(42) and new Random('42') give the same stream. */
  constructor(seed: number | string = 1) {
    const h = hashSeed(String(seed));
    this.a = h[0]; this.b = h[1]; this.c = h[2]; this.d = h[3];
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (this.a + this.b + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n); n must be a positive integer (Go's rand.Intn panics otherwise). */
  intn(n: number): number {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`intn: n must be a positive integer, got ${n}`);
    return Math.floor(this.float() * n);
  }

  /** An RFC 4122 version-4 shaped UUID. */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 4; i++) hex.push(this.nextUint32().toString(16).padStart(8, '0'));
    const s = hex.join('');
    const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  }

  /** A 5-character suffix like apiserver's generateName (consonants and digits, no vowels). */
  nameSuffix(len = 5): string {
    // k8s.io/apimachinery/pkg/util/rand: alphanums = "bcdfghjklmnpqrstvwxz2456789"
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let out = '';
    for (let i = 0; i < len; i++) out += alphabet[this.intn(alphabet.length)];
    return out;
  }

  /** Derives an independent stream for a named purpose, so adding draws in one place does not shift another. */
  fork(label: string): Random {
    return new Random(`${this.nextUint32()}:${label}`);
  }
}

function hashSeed(s: string): [number, number, number, number] {
  // cyrb128
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}
