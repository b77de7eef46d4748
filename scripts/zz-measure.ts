import { serialize, deserialize } from 'node:v8';
import { heavyTexts } from './reliability/heavy-view';
import { compare } from '../lib/engine';
import { buildStoryView } from '../lib/view/story-view';
const t = heavyTexts();
const texts = { wireText: t.wire, outlets: t.outlets.map((o, i) => ({ id: `outlet-${i + 1}`, name: o.name, text: o.text })) };
let t0 = performance.now();
const alignment = compare(texts.wireText, texts.outlets.map((o) => o.text));
console.log('compare', (performance.now() - t0).toFixed(0));
t0 = performance.now();
const view = buildStoryView(texts, alignment);
console.log('view', (performance.now() - t0).toFixed(0));
for (const [name, value] of [['alignment', alignment], ['view', view], ...Object.entries(view).map(([k, v]) => ['view.' + k, v])] as const) {
  t0 = performance.now();
  const buf = serialize(value);
  const ser = performance.now() - t0;
  t0 = performance.now();
  deserialize(buf);
  const de = performance.now() - t0;
  t0 = performance.now();
  const json = JSON.stringify(value);
  const js = performance.now() - t0;
  t0 = performance.now(); JSON.parse(json); const jp = performance.now() - t0;
  console.log(name.padEnd(24), (buf.length / 1e6).toFixed(1), 'MB v8', ser.toFixed(0), de.toFixed(0), 'ms; json', (json.length / 1e6).toFixed(1), 'MB', js.toFixed(0), jp.toFixed(0));
}
