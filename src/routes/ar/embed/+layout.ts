// /embed/map/ and not /embed/map: each embed is a folder with its own index.html.
export const trailingSlash = 'always';
