import { chromium } from '@playwright/test';
import { readFileSync } from 'fs'; import { gzipSync } from 'zlib';
const file = process.argv[2], sel = process.argv[3], depth = +(process.argv[4]||2);
const html = readFileSync(file, 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ javaScriptEnabled: false });
await p.setContent(html);
const items = await p.evaluate(([sel, depth]) => {
  const out = [];
  const walk = (el, d) => { for (const c of el.children) { out.push({ d, name: c.tagName.toLowerCase() + (c.id ? '#' + c.id : '') + (c.getAttribute('class') ? '.' + c.getAttribute('class').split(' ')[0] : '') + (c.getAttribute('data-step')? '[step='+c.getAttribute('data-step')+']':''), html: c.outerHTML }); if (d < depth) walk(c.tagName==='TEMPLATE'? c.content : c, d + 1); } };
  walk(document.querySelector(sel), 0); return out;
}, [sel, depth]);
const g = s => gzipSync(s, { level: 9 }).length;
for (const it of items) { const sz = g(it.html); if (sz > 300) console.log('  '.repeat(it.d) + it.name, it.html.length, sz); }
await b.close();
