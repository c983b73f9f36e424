/** Douglas-Peucker line simplification, for basemap lines and rings made at build time. */

type Pt = [number, number];

/** The points of `line` (open or closed: the ends are always kept) that stay within `tol` degrees of it. */
export function simplify(line: Pt[], tol: number): Pt[] {
  if (line.length <= 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const len = Math.hypot(bx - ax, by - ay);
    let max = 0;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i];
      // Distance to the chord; to the end point when the chord has no length (a closed ring).
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > max) [max, at] = [d, i];
    }
    if (max > tol && at > 0) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}
