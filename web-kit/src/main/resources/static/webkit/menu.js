// SIAPkerja: the header's menu folds behind a button on a narrow screen. Loaded in <head> without defer, so the page
// knows before it is drawn that the button will work (class siapkerja-js; without script the menu simply stays open).
(function () {
	'use strict';
	document.documentElement.classList.add('siapkerja-js');

	function set(button, open) {
		var menu = document.getElementById(button.getAttribute('aria-controls'));
		button.setAttribute('aria-expanded', open ? 'true' : 'false');
		if (menu) {
			menu.classList.toggle('show', open);
		}
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('[data-siapkerja-menu]') : null;
		if (button) {
			set(button, button.getAttribute('aria-expanded') !== 'true');
		}
	});

	// Escape closes an open menu and gives the focus back to its button
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape') {
			return;
		}
		var open = document.querySelector('[data-siapkerja-menu][aria-expanded="true"]');
		if (open) {
			set(open, false);
			open.focus();
		}
	});
})();
