// The home page's seven-day charts; each canvas carries its data (labels, values, label) in data-chart. The same
// numbers are in a table beside it for screen readers and for a page without script.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') return;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var d = JSON.parse(canvas.dataset.chart);
        new Chart(canvas, {
            type: 'bar',
            data: { labels: d.labels, datasets: [{ label: d.label, data: d.values, backgroundColor: '#e4572e' }] },
            options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
        });
    });
})();
