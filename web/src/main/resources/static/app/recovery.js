// The time-to-survive page: draws the scatter of time to survive (y) against time to recover (x), one point per
// node, with the diagonal TTS = TTR; nodes that never run short sit on a line at the top; exposed nodes (below the
// diagonal) in the warning colour; size by performance impact, symbol by kind. Changing the kind filter reloads
// the page for that kind.
(function () {
  var SAFE = '#457b9d';
  var WARNING = '#b00020';
  var SYMBOLS = { supplier: 'circle', site: 'rect', footprint: 'triangle', zone: 'diamond' };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function niceCeiling(value) {
    if (value <= 10) {
      return 10;
    }
    var step = Math.pow(10, Math.floor(Math.log10(value)));
    var nice = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < nice.length; i++) {
      if (nice[i] * step >= value) {
        return nice[i] * step;
      }
    }
    return 10 * step;
  }

  function draw(element) {
    if (!element || !window.echarts || element.dataset.drawn) {
      return;
    }
    element.dataset.drawn = 'true';
    var data = JSON.parse(element.dataset.chart);
    var points = data.points;
    var maxImpact = 0;
    var maxX = 0;
    var maxY = 0;
    points.forEach(function (p) {
      maxImpact = Math.max(maxImpact, p.impact);
      maxX = Math.max(maxX, p.ttr);
      if (p.tts !== null) {
        maxY = Math.max(maxY, p.tts);
      }
    });
    var xMax = niceCeiling(maxX * 1.1);
    // the top line ("never runs short") lies above every finite time to survive and above the diagonal's end
    var never = niceCeiling(Math.max(maxY, xMax) * 1.15);
    var yMax = never * 1.08;

    function size(p) {
      return maxImpact > 0 ? 8 + 28 * Math.sqrt(p.impact / maxImpact) : 10;
    }

    var series = data.kinds.map(function (kind) {
      return {
        name: kind.label, type: 'scatter', symbol: SYMBOLS[kind.code] || 'circle',
        itemStyle: { color: SAFE, opacity: 0.8, borderColor: '#fff', borderWidth: 1 },
        data: points.filter(function (p) { return p.kind === kind.code; }).map(function (p) {
          return {
            value: [p.ttr, p.tts === null ? never : p.tts], point: p, symbolSize: size(p),
            itemStyle: p.exposed ? { color: WARNING, opacity: 0.9 } : undefined
          };
        })
      };
    });
    series.push({
      name: data.diagonal, type: 'line', symbol: 'none', silent: true, data: [[0, 0], [xMax, xMax]],
      itemStyle: { color: '#5b6b7b' },
      lineStyle: { color: '#5b6b7b', type: 'dashed', width: 1.5 },
      markLine: {
        symbol: 'none', silent: true, lineStyle: { color: '#2a9d8f', type: 'dotted', width: 1.5 },
        label: { formatter: '\u2191 ' + data.never, position: 'insideEndTop', color: '#2a9d8f' },
        data: [{ yAxis: never }]
      }
    });
    // only a legend entry: the warning colour of exposed nodes
    series.push({ name: data.exposed, type: 'scatter', data: [], itemStyle: { color: WARNING } });

    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 45, right: 40, top: 50, bottom: 45, containLabel: true },
      legend: { top: 10, data: data.kinds.map(function (k) { return k.label; }).concat([data.exposed, data.diagonal]) },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var p = item.data && item.data.point;
          if (!p) {
            return '';
          }
          var t = data.tooltip;
          return '<b>' + escapeHtml(p.node) + '</b><br>' + escapeHtml(t.kind) + ': ' + escapeHtml(p.kind_label)
            + '<br>' + escapeHtml(t.ttr) + ': ' + escapeHtml(p.ttr_text)
            + '<br>' + escapeHtml(t.tts) + ': ' + escapeHtml(p.tts_text)
            + '<br>' + escapeHtml(t.impact) + ': ' + escapeHtml(p.impact_text)
            + (p.exposed ? '<br><span style="color:' + WARNING + '">' + escapeHtml(data.exposed) + '</span>' : '');
        }
      },
      xAxis: { type: 'value', min: 0, max: xMax, name: data.x_axis, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: yMax, name: data.y_axis, nameLocation: 'middle', nameGap: 50,
               axisLabel: { formatter: function (v) { return v > never ? '' : v === never ? '\u221e' : v; } } },
      series: series,
      graphic: points.length ? [] : [{ type: 'text', left: 'center', top: 'middle',
                                        style: { text: data.empty, fill: '#5b6b7b', fontSize: 14 } }]
    });
    element.dataset.ready = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var kind = document.getElementById('kind');
  if (kind && kind.form) {
    kind.addEventListener('change', function () { kind.form.submit(); });
  }
  draw(document.getElementById('recovery-chart'));
})();
