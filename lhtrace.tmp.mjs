import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu'] });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
console.log(JSON.stringify(a['long-tasks'].details?.items?.slice(0,6)));
console.log('TBT', a['total-blocking-time'].numericValue, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue));
const ev = r.artifacts.Trace.traceEvents;
const nav = ev.find(e => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
const t0 = nav?.ts ?? 0;
const main = ev.filter(e => e.name === 'RunTask' && e.ph === 'X' && e.dur > 6000 && e.ts > t0);
for (const t of main) {
  const kids = ev.filter(e => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e.ph === 'X' && e.name !== 'RunTask' && (e.dur||0) > 2000);
  const names = kids.map(k => `${k.name}${k.args?.data?.url ? '('+k.args.data.url.slice(-20)+')':''}${k.args?.beginData?.dirtyObjects? '[dirty '+k.args.beginData.dirtyObjects+']':''}:${(k.dur/1000).toFixed(1)}`).slice(0,12);
  console.log(((t.ts - t0)/1000).toFixed(0), 'ms', (t.dur/1000).toFixed(1), names.join(' '));
}
await chrome.kill();
