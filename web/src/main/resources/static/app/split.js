// The part page's volume split: draws each frontier chart (expected cost against CVaR as lambda grows) when htmx
// swaps the split section or a what-if answer in. One line per frontier; each point is labelled with its lambda.
(function () {
  function draw(element) {
    if (!element || !window.echarts || element.dataset.drawn || !element.dataset.chart) {
      return;
    }
    element.dataset.drawn = 'true';
    var data = JSON.parse(element.dataset.chart);
    var lang = document.documentElement.lang || 'en';
    var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    var colours = ['#457b9d', '#e76f51'];
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 30, right: 30, top: 40, bottom: 45, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.seriesName + ', \u03bb ' + p.value[2] + '<br>' + data.x_axis + ': EUR ' + whole.format(p.value[0])
            + '<br>' + data.y_axis + ': EUR ' + whole.format(p.value[1]);
        }
      },
      xAxis: { type: 'value', scale: true, name: data.x_axis, nameLocation: 'middle', nameGap: 28,
               axisLabel: { formatter: function (v) { return compact.format(v); } } },
      yAxis: { type: 'value', scale: true, name: data.y_axis, nameLocation: 'middle', nameGap: 45,
               axisLabel: { formatter: function (v) { return compact.format(v); } } },
      series: data.series.map(function (line, i) {
        return {
          name: line.name, type: 'line', data: labelled(line.points), symbolSize: 8,
          itemStyle: { color: colours[i % colours.length] }, lineStyle: { color: colours[i % colours.length] },
          label: { show: true, formatter: function (p) { return '\u03bb ' + p.value[2]; }, position: 'top' }
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // points where lambda changes nothing coincide: only the first of a run of equal points carries the lambda label
  function labelled(points) {
    return points.map(function (p, k) {
      var same = k > 0 && p[0] === points[k - 1][0] && p[1] === points[k - 1][1];
      return { value: p, label: { show: !same } };
    });
  }

  function init(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var charts = scope.querySelectorAll('.split-chart');
    for (var i = 0; i < charts.length; i++) {
      draw(charts[i]);
    }
    if (scope.classList && scope.classList.contains('split-chart')) {
      draw(scope);
    }
  }

  if (window.htmx) {
    htmx.onLoad(init);
  }
  init(document);
})();
