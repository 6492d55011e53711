// /ar/ and not /ar: the edition is a folder with its own index.html.
export const trailingSlash = 'always';
