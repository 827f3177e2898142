// Hasil rekrutmen: draws each table marked data-chart as a bar chart (Chart.js) on its
// canvas; the table stays beneath for screen readers and without script.
(function () {
	if (!window.Chart) {
		return;
	}
	document.querySelectorAll('table[data-chart]').forEach(function (table) {
		var canvas = document.getElementById(table.getAttribute('data-chart'));
		if (!canvas) {
			return;
		}
		var labels = [];
		var values = [];
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push(row.querySelector('th').textContent.trim());
			var value = Number(row.querySelector('td').textContent.trim());
			values.push(isNaN(value) ? null : value);
		});
		canvas.hidden = false;
		new window.Chart(canvas, {
			type: 'bar',
			data: { labels: labels, datasets: [{ label: table.querySelector('caption').textContent.trim(), data: values, backgroundColor: '#0d6efd' }] },
			options: { indexAxis: 'y', animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
		});
	});
})();
