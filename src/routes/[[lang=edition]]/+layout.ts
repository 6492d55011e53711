// /ar/ and /embed/map/, not /ar and /embed/map: each page is a folder with its own index.html.
export const trailingSlash = 'always';
