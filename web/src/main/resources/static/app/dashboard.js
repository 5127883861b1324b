// Draws the dashboard's spend-by-zone chart from the JSON the server put in data-chart.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('zone-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    grid: { left: 90, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: data.map(function (d) { return d.name || d.zone; }) },
    yAxis: { type: 'value', name: element.dataset.axis || '' },
    series: [{ type: 'bar', data: data.map(function (d) { return Number(d.annual_spend_eur); }) }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
