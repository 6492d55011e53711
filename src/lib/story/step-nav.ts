/** The words and digits of a scrolly section's step navigation, in one edition. */
import type { PageModel } from './page-model';

export function stepNavFor(page: PageModel) {
	const num = new Intl.NumberFormat(page.locale);
	return { step: page.ui.step, of: page.ui.of, previous: page.ui.previousStep, next: page.ui.nextStep, format: (n: number) => num.format(n) };
}
