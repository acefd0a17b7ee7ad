// The sample articles start with a small YAML-style block (title, published, outlet). Only
// flat `key: value` lines are read: the block is metadata, the body after it is the article.
export interface FrontMatter { meta: Record<string, string>; body: string }

const BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function parseFrontMatter(text: string): FrontMatter {
  const m = BLOCK.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]!] = kv[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}
