/** "Copy code" buttons: copy their textarea to the clipboard, or select it where that is not allowed. */
export function initCopyButtons(root: ParentNode) {
	root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
		const label = button.textContent;
		button.addEventListener('click', async () => {
			const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
			if (!area) return;
			area.select();
			try {
				await navigator.clipboard.writeText(area.value);
				button.textContent = button.dataset.copied ?? label;
				setTimeout(() => (button.textContent = label), 2000);
			} catch {
				/* the text stays selected for the reader to copy */
			}
		});
	});
}
