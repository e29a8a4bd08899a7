// The segmentation peer: jieba-rs (through @node-rs/jieba) cuts and POS-tags the same files the extraction
// benchmark reads, on one core, and prints one JSON line for ClaimGraph.Bench to set beside its own figures.
// Usage: node segment.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node segment.mjs DIR');
  process.exit(1);
}
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
if (texts.length === 0) {
  console.error(`segment.mjs: no .txt files in ${dir}`);
  process.exit(1);
}
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
const jieba = Jieba.withDict(dict);

function timed(step) {
  let tokens = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) tokens += step(text).length;
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, tokens };
}

timed((t) => jieba.cut(t.slice(0, 2000), false)); // warm-up: dictionary pages and JIT
const cut = timed((t) => jieba.cut(t, false));
const tag = timed((t) => jieba.tag(t, false));
console.log(JSON.stringify({ files: texts.length, bytes, cut, tag }));
