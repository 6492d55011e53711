/** A data file's name for "Get the data" when a graphic offers more than one: "Places on the map", without the file name. */
export const dataFileLabel = (ui: Record<string, string>, file: string) => (ui[`file${file[0].toUpperCase()}${file.slice(1)}`] ?? file).replace(/\s*\([^)]*\)\s*$/, '');
