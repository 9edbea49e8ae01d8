/**
 * Words that address a person rather than name them; they never count for or against a match.
 * Bank records and identity documents add or drop them freely ("MR RAHUL KUMAR" vs "Rahul Kumar").
 */
const HONORIFICS: ReadonlySet<string> = new Set(['MR', 'MRS', 'MS', 'MISS', 'DR', 'SHRI', 'SRI', 'SMT', 'KUM', 'KUMARI', 'M/S', 'MASTER', 'PROF']);

/** A fuzzy token pair must agree on at least this many points out of 100 to count. */
const FUZZY_FLOOR = 80;
/** An initial ("R") against a word starting with it ("RAHUL"). */
const INITIAL_POINTS = 80;

/**
 * The words of a name as compared: upper-cased, accents and punctuation dropped, honorifics removed.
 * @example nameTokens('Dr. Rahul  K. Sharma') // ['RAHUL', 'K', 'SHARMA']
 */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z\s]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !HONORIFICS.has(t));
}

/** Levenshtein distance by the two-row dynamic programme. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Points (0–100) for one pair of words: 100 when equal, 80 for an initial against a word it begins, and
 * for longer words the share of characters left unchanged by the fewest edits, when at least 80.
 */
export function tokenPoints(a: string, b: string): number {
  if (a === b) return 100;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? INITIAL_POINTS : 0;
  const longest = Math.max(a.length, b.length);
  const points = Math.floor((100 * (longest - editDistance(a, b))) / longest);
  return points >= FUZZY_FLOOR ? points : 0;
}

/**
 * How closely two personal names agree, 0 (nothing in common) to 100 (the same words), for penny-drop
 * and KYC checks where the bank's account holder name is compared with the name on the PAN.
 *
 * Method: both names are reduced to words ({@link nameTokens}); word pairs are scored with
 * {@link tokenPoints}; pairs are matched one-to-one, best pair first (ties by the words' text, so the result
 * does not depend on word order); the score is the Dice coefficient of the matched points,
 * `floor(2 × Σ points / (words in a + words in b))`. Word order, case, punctuation, spacing and
 * honorifics do not change the score; a missing middle name lowers it; an empty name scores 0.
 * Integer arithmetic only, so the same names always give the same score.
 * @example nameMatchScore('MR RAHUL KUMAR SHARMA', 'Sharma Rahul Kumar') // 100
 * @example nameMatchScore('Rahul K Sharma', 'Rahul Kumar Sharma') // 93
 */
export function nameMatchScore(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pairs: { i: number; j: number; points: number; key: string }[] = [];
  for (const [i, x] of left.entries()) {
    for (const [j, y] of right.entries()) {
      const points = tokenPoints(x, y);
      if (points > 0) pairs.push({ i, j, points, key: x < y ? `${x} ${y}` : `${y} ${x}` });
    }
  }
  pairs.sort((p, q) => q.points - p.points || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  let matched = 0;
  for (const p of pairs) {
    if (usedLeft.has(p.i) || usedRight.has(p.j)) continue;
    usedLeft.add(p.i);
    usedRight.add(p.j);
    matched += p.points;
  }
  return Math.floor((2 * matched) / (left.length + right.length));
}
