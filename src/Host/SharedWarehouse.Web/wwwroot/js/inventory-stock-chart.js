// Stock age (库龄) and 30-day turnover of the oldest SKUs, one horizontal bar per SKU labelled by code and product
// (long names read better across than under a bar); data comes from the canvas's data- attributes (CSP).
(function () {
    'use strict';
    var canvas = document.getElementById('stock-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var d = canvas.dataset;
    var labels = JSON.parse(d.labels);
    // Room for each bar whatever the width; set through the CSSOM, which the CSP allows (style attributes it does not).
    canvas.parentElement.style.height = (60 + labels.length * 30) + 'px';
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: labels,
            datasets: [
                { label: d.ageLabel, data: JSON.parse(d.ages), xAxisID: 'age', backgroundColor: 'rgba(201, 48, 44, .75)' },
                { label: d.turnoverLabel, data: JSON.parse(d.turnover), xAxisID: 'turnover', backgroundColor: 'rgba(13, 110, 253, .55)' }
            ]
        },
        options: {
            indexAxis: 'y',
            maintainAspectRatio: false,
            scales: {
                age: { position: 'bottom', beginAtZero: true, title: { display: true, text: d.ageLabel } },
                turnover: { position: 'top', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: d.turnoverLabel } },
                y: { ticks: { autoSkip: false, callback: function (v) { var t = labels[v] || ''; return t.length > 24 ? t.slice(0, 23) + '…' : t; } } }
            }
        }
    });
})();
