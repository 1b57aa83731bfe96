/**
 * Lets a button beside an attribute be told apart from the fifty like it in a screen reader's list
 * of buttons: it is described by the attribute's statement ("Copy link, button, Role models
 * curiosity…"). The id is given here, by the script that makes the button, not sent in the HTML.
 */
export function describedByStatement(button: HTMLElement, attribute: Element | null): void {
	const statement = attribute?.querySelector<HTMLElement>('.lcf-attribute__text');
	if (!statement || !attribute?.id) return;
	statement.id ||= `${attribute.id}-statement`;
	button.setAttribute('aria-describedby', statement.id);
}
