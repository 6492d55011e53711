// Every page is prerendered HTML with no framework code in the browser: the graphics are SVG
// computed at build time, and each page loads only its own small script (src/lib/client).
export const prerender = true;
export const csr = false;
