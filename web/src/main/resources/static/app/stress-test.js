// The stress test page: draws the loss histogram of a finished run (also when htmx swaps the results in), and puts
// an example scenario into the first empty line when a preset button is pressed.
(function () {
  function drawHistogram(element) {
    if (!element || !window.echarts || element.dataset.drawn) {
      return;
    }
    element.dataset.drawn = 'true';
    var data = JSON.parse(element.dataset.chart);
    var width = Number(data.bin_width_eur);
    var lang = document.documentElement.lang || 'en';
    var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    // one bar per bin, at its middle; bin k holds the losses in [k·w, (k+1)·w)
    var bars = data.counts.map(function (count, k) { return [width * (k + 0.5), count]; });
    var colours = ['#e76f51', '#b00020', '#f4a261', '#6a040f'];
    var lines = data.marks.map(function (mark, i) {
      return {
        name: mark.name, xAxis: Number(mark.value),
        lineStyle: { color: colours[i % colours.length], type: i % 2 === 0 ? 'dashed' : 'solid', width: 2 },
        // the 95 % and 99 % pairs may lie close together: CVaR labels sit higher than VaR labels
        label: { formatter: mark.name + '\n' + compact.format(Number(mark.value)), color: colours[i % colours.length],
                 position: 'end', distance: i % 2 === 0 ? 5 : 30 }
      };
    });
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 10, right: 50, top: 75, bottom: 45, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          if (p.componentType === 'markLine') {
            return p.name + ': EUR ' + whole.format(p.value);
          }
          var from = p.value[0] - width / 2;
          return 'EUR ' + whole.format(from) + ' – ' + whole.format(from + width) + '<br>' + p.value[1];
        }
      },
      xAxis: { type: 'value', min: 0, max: width > 0 ? width * data.counts.length : 1, name: data.x_axis,
               nameLocation: 'middle', nameGap: 28,
               axisLabel: { formatter: function (v) { return compact.format(v); } } },
      yAxis: { type: 'value', name: data.y_axis, minInterval: 1 },
      series: [{
        type: 'bar', data: bars, barWidth: '96%', itemStyle: { color: '#457b9d' },
        markLine: { symbol: 'none', silent: false, data: lines }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function usePreset(button) {
    var lines = document.querySelectorAll('.scenario-line input');
    for (var i = 0; i < lines.length; i++) {
      if (!lines[i].value.trim()) {
        lines[i].value = button.dataset.events;
        return;
      }
    }
    if (lines.length) {
      lines[lines.length - 1].value = button.dataset.events;
    }
  }

  function init(root) {
    var scope = root && root.querySelector ? root : document;
    if (scope.id === 'loss-histogram') {
      drawHistogram(scope);
    }
    var charts = scope.querySelectorAll('#loss-histogram');
    for (var i = 0; i < charts.length; i++) {
      drawHistogram(charts[i]);
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.preset');
    if (button) {
      usePreset(button);
    }
  });
  if (window.htmx) {
    // also called once for the page itself when htmx starts
    htmx.onLoad(init);
  }
  init(document);
})();
