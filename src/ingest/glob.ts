// Glob patterns for --include / --exclude: `*` and `?` stay inside one path segment, `**`
// crosses segments, `{a,b}` is a choice. A pattern without '/' is tried on the file name too.

function toRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((p) => toRegExp(p).source.slice(1, -1)).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

export class GlobFilter {
  private readonly include: { re: RegExp; baseName: boolean }[];
  private readonly exclude: { re: RegExp; baseName: boolean }[];

  constructor(include: readonly string[] = [], exclude: readonly string[] = []) {
    const compile = (g: string) => ({ re: toRegExp(g), baseName: !g.includes('/') });
    this.include = include.map(compile);
    this.exclude = exclude.map(compile);
  }

  /** `relPath` uses '/' separators and is relative to the folder being walked. */
  accepts(relPath: string): boolean {
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    const hit = (p: { re: RegExp; baseName: boolean }): boolean => p.re.test(relPath) || (p.baseName && p.re.test(name));
    if (this.exclude.some(hit)) return false;
    return this.include.length === 0 || this.include.some(hit);
  }
}
