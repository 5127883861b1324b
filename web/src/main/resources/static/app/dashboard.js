// Draws the dashboard's spend-by-zone chart from the JSON the server put in data-chart.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('zone-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  // 25 M rather than 25,000,000, in the page's language
  var compact = new Intl.NumberFormat(document.documentElement.lang || 'en', { notation: 'compact' });
  // horizontal bars: zone names are long and every one must stay readable; largest on top
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 10, right: 30, top: 10, bottom: 40, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: data.map(function (d) { return d.name || d.zone; }) },
    xAxis: { type: 'value', name: element.dataset.axis || '', nameLocation: 'middle', nameGap: 28,
             axisLabel: { formatter: function (v) { return compact.format(v); } } },
    series: [{ type: 'bar', cursor: 'pointer', data: data.map(function (d) { return Number(d.annual_spend_eur); }) }]
  });
  // every figure leads to the parts behind it: a bar opens the parts list filtered to its zone
  chart.on('click', function (params) {
    var zone = data[params.dataIndex] && data[params.dataIndex].zone;
    if (zone) {
      window.location.href = '/parts?zone=' + encodeURIComponent(zone) + '&sort=spend';
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
