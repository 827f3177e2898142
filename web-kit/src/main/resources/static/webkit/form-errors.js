/*
 * Announces the errors the server wrote into a form: each field with an error is marked
 * aria-invalid and described by its message (so a screen reader reads the message with the
 * field's label), and the focus moves to the form's alert or else to the first field with an
 * error, which also brings it into view on a phone. Without JavaScript the messages still
 * stand right after their fields.
 */
(function () {
	'use strict';

	function fieldOf(feedback) {
		if (feedback.id && /-error$/.test(feedback.id)) {
			var named = document.getElementById(feedback.id.replace(/-error$/, ''));
			if (named) {
				return named;
			}
		}
		var group = feedback.parentElement;
		return group && (group.querySelector('.is-invalid')
			|| group.querySelector('input:not([type=hidden]), select, textarea'));
	}

	function announce(root) {
		var first = null;
		root.querySelectorAll('.invalid-feedback').forEach(function (feedback, index) {
			if (feedback.getClientRects().length === 0 || feedback.textContent.trim() === '') {
				return;
			}
			var field = fieldOf(feedback);
			if (!field) {
				return;
			}
			if (!feedback.id) {
				feedback.id = (field.id || 'isian-' + index) + '-error';
			}
			field.setAttribute('aria-invalid', 'true');
			field.classList.add('is-invalid');
			var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
			if (described.indexOf(feedback.id) < 0) {
				described.push(feedback.id);
				field.setAttribute('aria-describedby', described.join(' '));
			}
			first = first || field;
		});
		var alert = root.querySelector('main .alert-danger[role=alert], main .alert-warning[role=alert]');
		var target = alert || first;
		if (target && (document.activeElement === null || document.activeElement === document.body)) {
			if (target === alert && !alert.hasAttribute('tabindex')) {
				alert.setAttribute('tabindex', '-1');
			}
			target.focus();
		}
	}

	announce(document);
	document.addEventListener('htmx:afterSettle', function (event) {
		announce(event.target.closest ? (event.target.closest('main') || document) : document);
	});
})();
