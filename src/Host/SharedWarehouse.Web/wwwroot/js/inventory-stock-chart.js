// Stock age (库龄) and 30-day turnover per SKU; data comes from the canvas's data- attributes.
(function () {
    'use strict';
    var canvas = document.getElementById('stock-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var d = canvas.dataset;
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: JSON.parse(d.labels),
            datasets: [
                { label: d.ageLabel, data: JSON.parse(d.ages), yAxisID: 'age' },
                { label: d.turnoverLabel, data: JSON.parse(d.turnover), type: 'line', yAxisID: 'turnover' }
            ]
        },
        options: { scales: { age: { position: 'left', beginAtZero: true }, turnover: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } } }
    });
})();
