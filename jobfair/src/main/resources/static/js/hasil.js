// Hasil rekrutmen: draws each table marked data-chart as a bar chart (Chart.js) on its
// canvas, one bar per column marked "chart"; the table stays beneath for screen readers
// and without script.
(function () {
	if (!window.Chart) {
		return;
	}
	var colours = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1'];
	document.querySelectorAll('table[data-chart]').forEach(function (table) {
		var canvas = document.getElementById(table.getAttribute('data-chart'));
		if (!canvas) {
			return;
		}
		var columns = [];
		table.querySelectorAll('thead th').forEach(function (th, index) {
			if (th.classList.contains('chart')) {
				columns.push({ index: index, label: th.textContent.trim(), data: [] });
			}
		});
		var labels = [];
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push(row.querySelector('th').textContent.trim());
			var cells = row.children;
			columns.forEach(function (column) {
				var value = Number(cells[column.index].textContent.trim().replace(/[.,\s]/g, ''));
				column.data.push(isNaN(value) ? null : value);
			});
		});
		canvas.hidden = false;
		canvas.parentNode.style.height = Math.max(120, 40 + labels.length * 18 * Math.max(1, columns.length / 2)) + 'px';
		new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: labels,
				datasets: columns.map(function (column, i) {
					return { label: column.label, data: column.data, backgroundColor: colours[i % colours.length] };
				})
			},
			options: {
				indexAxis: 'y', animation: false, maintainAspectRatio: false,
				plugins: { legend: { display: columns.length > 1 } },
				scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
			}
		});
	});
})();
