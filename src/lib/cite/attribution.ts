/**
 * A resource's Harvard reference with the part Cite Them Right sets in italics (a report's, a
 * journal's or a module's title: `attributionItalic`) marked: the words before, in and after it.
 */
export function attributionParts(attribution: string, italic?: string): [string, string, string] {
	const at = italic ? attribution.indexOf(italic) : -1;
	if (!italic || at < 0) return [attribution, '', ''];
	return [attribution.slice(0, at), italic, attribution.slice(at + italic.length)];
}
