/** Fills an interface text's {placeholders}: "As of {date}" → "As of 18 January 2026". Unknown names stay as written. */
export const fill = (template: string, values: Record<string, string>): string =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
