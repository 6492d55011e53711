/** "Copy code" buttons: copy their code to the clipboard, or select it where that is not allowed. */
export function initCopyButtons(root: ParentNode) {
	root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
		const label = button.textContent;
		button.addEventListener('click', async () => {
			const code = document.getElementById(button.dataset.copy!);
			if (!code) return;
			window.getSelection()?.selectAllChildren(code);
			try {
				await navigator.clipboard.writeText(code.textContent ?? '');
				button.textContent = button.dataset.copied ?? label;
				setTimeout(() => (button.textContent = label), 2000);
			} catch {
				/* the code stays selected for the reader to copy */
			}
		});
	});
}
