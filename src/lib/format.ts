/** Text formats the site shows. */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-30` → "30 January 2025"; `2015-03` → "March 2015" (GOV.UK date style). */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	const name = months[(month ?? 1) - 1];
	return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** "1 attribute", "3 attributes". */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
