/**
 * The one schema for every editors' file in data/. It validates the files when the site
 * builds (and in `npm run check:data`), and `npm run schema` turns it into the JSON Schema
 * files that editors' IDEs use for completion and inline help.
 */
import { z } from 'zod';
import { isRealDate } from './dates.ts';
import { ambiguousDayMonth, suggestIsoDate } from './date-suggest.ts';
import { EDITIONS, SOURCE_LANG, TRANSLATED_LANGS, type Lang } from '../editions/registry.ts';
import { COLUMN_NAMES } from './tables.ts';

const DATE_HINT = 'a real date written YYYY-MM-DD, or YYYY-MM when only the month is known (for example 2024-01-27)';

/** The message for a date not written YYYY-MM-DD: with the ISO form when the date can be read. */
const dateError = (input: unknown) => {
	const guess = typeof input === 'string' ? suggestIsoDate(input) : undefined;
	if (guess && isRealDate(guess)) return `not written as YYYY-MM-DD — write "${guess}"`;
	// A spreadsheet's own date number (days since 1900), when a date column was not formatted as text.
	if (typeof input === 'string' && /^\d{5}$/.test(input.trim())) {
		const serial = new Date(Date.UTC(1899, 11, 30) + Number(input) * 86_400_000).toISOString().slice(0, 10);
		return `looks like a spreadsheet's date number — format the date column as text and write "${serial}"`;
	}
	const both = typeof input === 'string' ? ambiguousDayMonth(input) : undefined;
	if (both) return `day and month could be either way round — write "${both[0]}" or "${both[1]}" (YYYY-MM-DD)`;
	return `expected ${DATE_HINT}`;
};

export const IsoDate = z
	.string()
	// One message per date: a date in another form is not also "not a real calendar date".
	.regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: (iss) => dateError(iss.input), abort: true })
	.refine(isRealDate, { error: `not a real calendar date — expected ${DATE_HINT}` })
	.meta({ description: 'A date: YYYY-MM-DD, or YYYY-MM when only the month is known.', examples: ['2024-01-27', '2025-08'] });

export const SourceDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-09-27)' })
	.refine(isRealDate, { error: 'not a real calendar date — expected YYYY-MM-DD, YYYY-MM or YYYY' })
	.nullable()
	.meta({ description: 'When the source was published, at the precision the page shows; null when the page shows no date.', examples: ['2024-09-27', '2010-08', null] });

const Id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id of lower-case letters, digits and hyphens (for example "ain-al-asad")' })
	.max(60)
	.meta({ description: 'A short unique name: lower-case letters, digits and hyphens.', examples: ['ain-al-asad'] });

const SourceId = z
	.string()
	.regex(/^[A-Z][0-9]+$/, { error: 'expected a source id from data/sources.json such as "R12"' })
	.meta({ description: 'The id of a source in data/sources.json.', examples: ['R56'] });

const text = (max: number, description: string) =>
	z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `is too long (at most ${max} characters)` })
		.meta({ description });

/**
 * A reader-facing text: the source edition's language (English) is required, and each other
 * edition's text sits beside it, keyed by its code (see src/lib/editions/registry.ts).
 * Copy may use *emphasis* and [links](https://example.org); nothing else is markup.
 */
export const Localized = (max = 600, description = 'A reader-facing text, in English and in each edition\'s language.') =>
	z
		.strictObject(
			Object.fromEntries(
				EDITIONS.map((e) => [
					e.code,
					e.code === SOURCE_LANG ? text(max, `${e.name} text.`) : text(max, `${e.name} text (${e.code}).`).optional()
				])
			) as Record<typeof SOURCE_LANG, ReturnType<typeof text>> & Record<Exclude<Lang, typeof SOURCE_LANG>, z.ZodOptional<ReturnType<typeof text>>>
		)
		.meta({ description, examples: [{ en: 'Baghdad', ar: 'بغداد', ckb: 'بەغدا' }] });

/**
 * How far a file's translations have come, per language: "draft" until a reviewer has read
 * them, then "reviewed" (or the language left out). An edition with a draft file shows readers
 * a note that its translation awaits review.
 */
export const TranslationStatus = z
	.strictObject(Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, z.enum(['draft', 'reviewed']).optional()])) as Record<string, z.ZodOptional<z.ZodEnum<{ draft: 'draft'; reviewed: 'reviewed' }>>>)
	.optional()
	.meta({ description: 'Translation status of this file\'s texts, per language: "draft" or "reviewed".', examples: [{ ckb: 'draft' }] });

const Sources = z
	.array(SourceId)
	.min(1, { error: 'needs at least one source id from data/sources.json' })
	.meta({ description: 'Where this comes from: ids of entries in data/sources.json.' });

const SchemaRef = z.string().optional().meta({ description: 'The JSON Schema that describes this file (for the editor).' });
const FileHead = { $schema: SchemaRef, translations: TranslationStatus };

// ---------------------------------------------------------------- sources.json

export const Source = z
	.strictObject({
		id: SourceId,
		publisher: text(200, 'Who published it; for a reposted wire story, both (for example "Reuters via AOL").'),
		title: text(300, 'The title as shown, or taken from the address.'),
		url: z
			.string()
			.regex(/^https?:\/\/[^\s]+$/, { error: 'expected a web address starting with http:// or https://' })
			.meta({ description: 'Web address of the source.', examples: ['https://example.org/story'] }),
		date: SourceDate,
		note: Localized(300, 'A caveat about the source shown to readers.').optional()
	})
	.meta({ description: 'One source.' });

export const SourcesFile = z.strictObject({
	...FileHead,
	sources: z.array(Source).min(1, { error: 'needs at least one source' })
});

// ---------------------------------------------------------------- places.json

export const PlaceKind = z.enum(['capital', 'city', 'base', 'site']).meta({ description: 'capital, city, base or site.' });

/** A date at the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY. */
const LooseDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: (iss) => dateError(iss.input), abort: true })
	.refine(isRealDate, { error: 'not a real calendar date — expected YYYY-MM-DD, YYYY-MM or YYYY' })
	.meta({ description: 'A date at the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY.', examples: ['2026-01-17', '2025-05', '2016'] });

export const SiteState = z
	.enum(['us-forces', 'drawing-down', 'handed-over', 'left'])
	.meta({ description: 'us-forces: US or coalition forces there; drawing-down: a pullout reported under way; handed-over: given to a named force ("to"); left: vacated, no handover reported.' });

export const StatusChange = z
	.strictObject({
		from: LooseDate.meta({ description: 'When the state began, at the precision the source gives (a month or year counts from its end).' }),
		state: SiteState,
		to: Localized(80, 'For handed-over: who took the site over (for example "the Iraqi army").').optional(),
		approximate: z.boolean().optional().meta({ description: 'true when the source dates it only roughly, or only shows that the state held by then.' }),
		until: IsoDate.optional().meta({ description: 'The last date a source confirms this state; after it the map marks the site as not reported.' }),
		sources: Sources
	})
	.meta({ description: 'One dated state of a site, with its sources.' });

export const SiteAttack = z
	.strictObject({
		date: LooseDate,
		claimed: z.boolean().optional().meta({ description: 'true when only the attackers (or one unconfirmed report) say it happened.' }),
		sources: Sources
	})
	.meta({ description: 'One attack on the site.' });

export const Place = z.strictObject({
	id: Id,
	name: Localized(80, 'The place name as readers see it.'),
	lat: z.number({ error: 'expected a latitude in degrees, as a number' }).min(-90).max(90).meta({ description: 'Latitude in decimal degrees (north is positive).', examples: [33.313] }),
	lon: z.number({ error: 'expected a longitude in degrees, as a number' }).min(-180).max(180).meta({ description: 'Longitude in decimal degrees (east is positive).', examples: [44.362] }),
	country: z
		.string()
		.regex(/^\d{3}$/, { error: 'expected the three-digit ISO 3166 number of the country the place is in, such as "368" for Iraq' })
		.meta({ description: 'The country the place is in, by ISO 3166 number ("368" Iraq, "760" Syria, "400" Jordan); the check refuses a point that falls outside its land.', examples: ['368'] }),
	kind: PlaceKind,
	precision: z.enum(['reference-point', 'approximate']).meta({ description: 'reference-point for a published reference location; approximate when it stands in for an unverified point.' }),
	precisionNote: Localized(300, 'Why the point is approximate.').optional(),
	description: Localized(300, 'One line about the place.'),
	sources: Sources,
	status: z
		.array(StatusChange)
		.min(1, { error: 'a site needs at least one dated state — or leave "status" out for a place that is not a site' })
		.optional()
		.meta({ description: 'For a site that held US or coalition forces: its dated states, oldest first. The map draws each site as it stood at each step\'s date.' }),
	attacks: z.array(SiteAttack).optional().meta({ description: 'Dated attacks on the site, each with its sources (events in events.json with this place count too).' })
});

export const PlacesFile = z.strictObject({
	...FileHead,
	places: z.array(Place).min(1, { error: 'needs at least one place' })
});

// ---------------------------------------------------------------- troops.json

export const TroopKind = z
	.enum(['official', 'approximate', 'authorised', 'disputed', 'unofficial'])
	.meta({ description: 'official count; approximate (rounded); authorised cap or target; disputed; unofficial report.' });

const count = (what: string) =>
	z
		.number({ error: 'expected a number of troops, without quotes' })
		.int({ error: 'a troop count must be a whole number' })
		.min(0, { error: 'a troop count cannot be negative' })
		.meta({ description: what, examples: [2500] });

export const TroopPoint = z.strictObject({
	date: IsoDate,
	value: count('The figure, as a whole number without separators.'),
	high: count('For a range such as "40,000–41,000": the upper end (value is the lower end).').optional(),
	qualifier: z
		.enum(['about', 'fewer-than', 'more-than', 'up-to'])
		.optional()
		.meta({ description: 'How the source words the figure: about, fewer-than, more-than or up-to.' }),
	kind: TroopKind,
	connect: z.boolean().optional().meta({ description: 'false to keep this figure off the line (for example a figure that counts other troops too).' }),
	confirmed: z
		.string()
		.trim()
		.min(1)
		.max(300)
		.optional()
		.meta({ description: 'For a figure the check finds implausible (far from both neighbours, zero, or very large) that is nevertheless right: why, in a few words. Editors only; not shown to readers.' }),
	note: Localized(400, 'What the figure means, and its caveats.').optional(),
	countChange: z
		.strictObject({
			note: Localized(300, 'What changed in the counting, in a sentence (shown with the figure).'),
			sources: Sources
		})
		.optional()
		.meta({ description: 'This figure comes from a new way of counting: the line breaks here instead of joining it to the figure before, and the chart says why.' }),
	sources: Sources
});

export const TroopGap = z.strictObject({
	from: IsoDate,
	to: IsoDate,
	note: Localized(300, 'Why there is no figure for this period.'),
	sources: Sources.optional()
});

export const TroopSeries = z.strictObject({
	id: z.enum(['iraq', 'syria']).meta({ description: 'Which country.' }),
	label: Localized(80, 'Series name on the chart.'),
	short: Localized(30, 'Short name, for lists of figures (for example "Iraq").'),
	points: z.array(TroopPoint).min(1, { error: 'needs at least one figure' }),
	gaps: z.array(TroopGap).default([]).meta({ description: 'Periods with no published figure: the chart shows them as gaps.' })
});

const SeriesId = z.enum(['iraq', 'syria']).meta({ description: 'Which country: iraq or syria.' });

export const ChartAnnotation = z.strictObject({
	date: IsoDate.meta({ description: 'The moment the note points at, on its series\' line.' }),
	series: SeriesId,
	text: Localized(48, 'A few words on the chart\'s whole-arc view (for example "2007 surge peak").'),
	nudge: z
		.strictObject({ dx: z.number().min(-200).max(200), dy: z.number().min(-200).max(200) })
		.optional()
		.meta({ description: 'Where to try the note first, in chart units from its point: dx later in time (to the right, or to the left in right-to-left editions), dy down. The note still never covers another note, a line or an axis.' })
});

export const TroopsFile = z.strictObject({
	...FileHead,
	series: z.array(TroopSeries).min(1, { error: 'needs at least one series' }),
	annotations: z
		.array(ChartAnnotation)
		.default([])
		.meta({ description: 'Turning points written on the chart when it shows the whole arc. Placed at build time, clear of each other, the lines and the axes.' })
});

// ---------------------------------------------------------------- events.json

export const EventCategory = z.enum(['military', 'diplomacy', 'attacks', 'politics']).meta({ description: 'military, diplomacy, attacks or politics.' });

export const TimelineEvent = z.strictObject({
	id: Id,
	date: IsoDate,
	endDate: IsoDate.optional().meta({ description: 'For an event that spans days or months: when it ended.' }),
	dateNote: Localized(200, 'A caveat about the date.').optional(),
	category: EventCategory,
	key: z.boolean().optional().meta({ description: 'true for a key event: one of the 10–14 the compact timeline embed shows.' }),
	title: Localized(140, 'A short headline for the event.'),
	summary: Localized(600, 'Two or three sentences, in our own words.'),
	location: Localized(120, 'Where it happened, as text.'),
	places: z.array(Id).optional().meta({ description: 'Ids of places in data/places.json to show on the map.' }),
	sources: Sources
});

export const EventsFile = z.strictObject({
	...FileHead,
	events: z.array(TimelineEvent).min(1, { error: 'the timeline needs at least one event' })
});

// ---------------------------------------------------------------- story.json

const StepBase = {
	id: Id,
	text: Localized(900, 'What the reader reads at this step.'),
	description: Localized(600, 'What the graphic shows at this step, for screen readers and without the graphic.'),
	announce: Localized(120, 'A short summary announced when the step becomes active.')
};

export const MapStep = z.strictObject({
	...StepBase,
	focus: z.array(Id).meta({ description: 'Places the map zooms to; empty for the whole region.' }),
	highlight: z.array(Id).meta({ description: 'Places highlighted and labelled at this step.' }),
	asOf: IsoDate.meta({ description: "The date the map shows: each site is drawn in its state on that day (YYYY-MM-DD).", examples: ['2026-01-18'] }),
	attacksSince: IsoDate.optional().meta({ description: 'Sites attacked from this date up to asOf are marked as attacked; leave out to mark none.', examples: ['2026-02-28'] })
});

export const Statement = z
	.strictObject({
		date: IsoDate.meta({ description: 'When it was said, at the precision the source gives.' }),
		speaker: Localized(200, 'Who spoke, and where or on what (for example "Prime Minister al-Sudani, at a memorial…").'),
		form: z.enum(['quote', 'paraphrase']).meta({
			description:
				'quote: the text is the words exactly as the source gives them (English), translated in each edition; paraphrase: the text is our wording, with any quoted fragment in quotation marks.'
		}),
		text: Localized(500, 'The quotation, or our paraphrase.'),
		sources: Sources
	})
	.meta({ description: 'One dated, sourced statement by a party.' });

export const ChartStep = z.strictObject({
	...StepBase,
	from: IsoDate.meta({ description: 'Start of the highlighted period.' }),
	to: IsoDate.meta({ description: 'End of the highlighted period.' }),
	series: z.array(z.enum(['iraq', 'syria'])).min(1).meta({ description: 'Which series are emphasised.' }),
	labels: z
		.array(z.strictObject({ series: SeriesId, date: IsoDate }))
		.default([])
		.meta({ description: 'Figures written on the chart at this step: the ones the step\'s text names. Each is a series and the date of one of its figures in troops.json.' })
});

const Paragraphs = z.array(Localized(1200, 'A paragraph.')).min(1);

export const UI_KEYS = [
	'skipToContent', 'updated', 'mapSection', 'chartSection', 'step', 'of', 'previousStep', 'nextStep',
	'filterLabel', 'allCategories', 'showOnMap', 'source', 'sources', 'sourcesHeading', 'sourcesPage', 'sourcesSummary', 'sourcesCount', 'skipToSources', 'dataFiles', 'dataTable',
	'date', 'figure', 'kind', 'country', 'note', 'noFigure', 'eventsShown', 'showAllEvents', 'years', 'keyEventsNote', 'scale', 'qualifierAbout',
	'qualifierFewerThan', 'qualifierMoreThan', 'qualifierUpTo', 'countChange', 'bound', 'quoteTranslated', 'paraphrase', 'statementSources', 'corrections', 'correction', 'creditsHeading', 'approximateLocation', 'legendPlaces', 'legendRivers',
	'asOf', 'legendForces', 'legendDrawdown', 'legendHandedOver', 'legendUnreported', 'legendAttacked', 'legendClaimed', 'stateForces', 'stateDrawdown', 'stateHandedOver', 'stateLeft', 'lastReported', 'approximateDate', 'attacksOn', 'attacksClaimed',
	'getTheData', 'readStory', 'fullTimeline', 'embedThis', 'embedHelp', 'copy', 'copied', 'download', 'sourceLine', 'embedsHeading',
	'embedsIntro', 'embedsNoSite', 'embedOtherEditions', 'options', 'optionStep', 'optionTheme', 'motion', 'motionOn', 'motionOff',
	'coordinates', 'noDate', 'editions', 'draftTranslation', 'fileTroops', 'fileEvents', 'filePlaces', 'fileStatuses', 'fileAttacks', 'fileSources', 'fileStory', 'placesTable',
	'formatCsv', 'formatJson', 'formatSvg', 'formatPng'
] as const;

export const StoryFile = z.strictObject({
	...FileHead,
	meta: z.strictObject({
		title: Localized(140, 'Page title, for browsers and sharing.'),
		description: Localized(300, 'Page description, for search and sharing.'),
		start: IsoDate.meta({ description: 'Where the story\'s time span begins: the chart\'s first date. No figure or event may be earlier.' }),
		byline: Localized(160, 'Who made it, as the line under the headline. Not a placeholder such as "the graphics team".'),
		publisher: Localized(120, 'The name the project publishes under: oEmbed\'s provider_name.'),
		team: z
			.array(
				z.strictObject({
					role: Localized(120, 'What they did (for example "Kurdish translation").'),
					names: z.array(Localized(120, 'A name as it is credited, in each edition (the same spelling where it is not transliterated).')).min(1, { error: 'name who did it' })
				})
			)
			.min(1)
			.meta({ description: 'Credits by role: who reported, edited, translated and built the story. Shown at its foot.' }),
		credits: Localized(400, 'Credits line: data and map sources, and how the work may be republished.')
	}),
	intro: z.strictObject({
		kicker: Localized(60, 'Small line above the headline.'),
		headline: Localized(140, 'The headline.'),
		dek: Localized(400, 'The line under the headline.'),
		paragraphs: Paragraphs
	}),
	map: z.strictObject({
		heading: Localized(140, 'Section heading.'),
		title: Localized(140, 'Graphic title.'),
		caption: Localized(400, 'Graphic caption.'),
		source: Localized(300, 'The source line under the graphic when it is embedded.'),
		steps: z.array(MapStep).min(1)
	}),
	footprint: z.strictObject({
		title: Localized(140, 'Title of the small maps at the top of the story.'),
		caption: Localized(600, 'What the small maps show, under them.'),
		source: Localized(300, 'The source line under the small maps when they are embedded.'),
		panels: z
			.array(z.strictObject({ date: IsoDate.meta({ description: 'The day this small map shows (YYYY-MM-DD).' }) }))
			.min(1)
			.max(4, { error: 'at most 4 small maps: more do not fit a phone screen' })
			.meta({ description: 'The dates of the small maps, oldest first: each shows every site as it stood that day, with the troop figures.' })
	}),
	troops: z.strictObject({
		heading: Localized(140, 'Section heading.'),
		title: Localized(140, 'Graphic title.'),
		caption: Localized(600, 'Graphic caption.'),
		source: Localized(300, 'The source line under the graphic when it is embedded.'),
		steps: z.array(ChartStep).min(1)
	}),
	timeline: z.strictObject({
		heading: Localized(140, 'Section heading.'),
		title: Localized(140, 'Title of the timeline when it is embedded.'),
		intro: Localized(400, 'Text above the timeline.'),
		caption: Localized(300, 'What the compact timeline embed shows (its key events), under its title.'),
		source: Localized(300, 'The source line under the timeline when it is embedded.')
	}),
	voices: z
		.strictObject({
			heading: Localized(140, 'Section heading.'),
			intro: Localized(500, 'Text above the statements: how quotations and paraphrases are given.'),
			parties: z
				.array(
					z.strictObject({
						id: Id,
						name: Localized(80, 'The party, as a heading (for example "The Kurdistan Region").'),
						statements: z.array(Statement).min(1, { error: 'needs at least one statement' })
					})
				)
				.min(1)
		})
		.meta({ description: 'The parties in their own words: dated, sourced statements.' }),
	next: z.strictObject({ heading: Localized(140, 'Section heading.'), paragraphs: Paragraphs }),
	method: z.strictObject({ heading: Localized(140, 'Section heading.'), paragraphs: Paragraphs }),
	categories: z.array(z.strictObject({ id: EventCategory, label: Localized(40, 'Filter label.') })).min(1),
	kinds: z.array(z.strictObject({ id: TroopKind, label: Localized(40, 'Legend label.'), description: Localized(200, 'Legend description.') })).min(1),
	countries: z
		.array(z.strictObject({ id: z.string().regex(/^\d{3}$/, { error: 'expected a three-digit ISO 3166 country number such as "368"' }), name: Localized(40, 'Label on the map.') }))
		.meta({ description: 'Country labels on the map, by ISO 3166 numeric code.' }),
	columns: z
		.strictObject(Object.fromEntries(COLUMN_NAMES.map((k) => [k, Localized(60, 'Column heading.')])) as Record<(typeof COLUMN_NAMES)[number], ReturnType<typeof Localized>>)
		.meta({ description: 'The headings of the CSV downloads in each edition, by column (the English downloads keep the column names that data:import reads).' }),
	ui: z.strictObject(Object.fromEntries(UI_KEYS.map((k) => [k, Localized(300, 'Interface text.')])) as Record<(typeof UI_KEYS)[number], ReturnType<typeof Localized>>)
});

/** Each editors' file, by name, with its schema. */
// ---------------------------------------------------------------- corrections.json

export const Correction = z
	.strictObject({
		date: IsoDate.meta({ description: 'When the correction was made.' }),
		text: Localized(500, 'What was wrong and what was changed, in a sentence or two.'),
		files: z
			.array(z.enum(['story', 'troops', 'events', 'places', 'sources']))
			.default([])
			.meta({ description: 'Which data files the correction concerns: a graphic drawn from one of them shows it in its embed footer.' })
	})
	.meta({ description: 'One correction, shown with its date at the foot of the story.' });

export const CorrectionsFile = z.strictObject({
	...FileHead,
	corrections: z.array(Correction).meta({ description: 'Corrections, newest last. The story\'s "Updated" date is the newest of these and of the dated entries.' })
});

export const DATA_FILES = {
	'story.json': StoryFile,
	'troops.json': TroopsFile,
	'events.json': EventsFile,
	'places.json': PlacesFile,
	'sources.json': SourcesFile,
	'corrections.json': CorrectionsFile
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type Story = z.output<typeof StoryFile>;
export type Troops = z.output<typeof TroopsFile>;
export type TroopPointT = z.output<typeof TroopPoint>;
export type TroopSeriesT = z.output<typeof TroopSeries>;
export type Events = z.output<typeof EventsFile>;
export type TimelineEventT = z.output<typeof TimelineEvent>;
export type Places = z.output<typeof PlacesFile>;
export type PlaceT = z.output<typeof Place>;
export type Sources = z.output<typeof SourcesFile>;
export type SourceT = z.output<typeof Source>;
export type LocalizedText = { [K in Lang]?: string } & { [SOURCE_LANG]: string };
export type MapStepT = z.output<typeof MapStep>;
export type ChartStepT = z.output<typeof ChartStep>;
export type ChartAnnotationT = z.output<typeof ChartAnnotation>;
export type Corrections = z.output<typeof CorrectionsFile>;

export interface Dataset {
	story: Story;
	troops: Troops;
	events: Events;
	places: Places;
	sources: Sources;
	corrections: Corrections;
}
