// The quality page of a part: per characteristic one ECharts chart with every supplier's plotted statistic per lot
// (individual value or lot mean) over time, one series per supplier; the primary's control limits (LCL, centre,
// UCL) as mark lines; the points where a run rule fired ringed in red. The data is the part's review JSON (the same
// mapping as GET /api/v1/quality/parts/{id}), in the data-review attribute.
(function () {
  var COLOURS = ['#1d3557', '#e76f51', '#2a9d8f', '#8d5a97', '#f4a261'];
  var FIRED = '#b00020';

  function draw(element, characteristic) {
    var series = [];
    var low = Infinity;
    var high = -Infinity;
    function include(value) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    var primary = characteristic.suppliers.filter(function (s) { return s.primary; })[0]
        || characteristic.suppliers[0];
    characteristic.suppliers.forEach(function (supplier, i) {
      if (!supplier.chart) {
        return;
      }
      var points = supplier.chart.location.points.map(function (p) {
        include(p.value);
        return { value: [p.timestamp, p.value], lot: p.lot };
      });
      var line = {
        name: supplier.supplier_id + (supplier.primary ? ' *' : ''), type: 'line', data: points,
        symbolSize: 6, itemStyle: { color: COLOURS[i % COLOURS.length] }
      };
      if (supplier === primary) {
        var limits = supplier.chart.location;
        include(limits.lcl);
        include(limits.ucl);
        line.markLine = {
          symbol: 'none', silent: true, precision: 6, lineStyle: { type: 'dashed' },
          data: [{ yAxis: limits.ucl, name: 'UCL' }, { yAxis: limits.center, name: 'CL' },
            { yAxis: limits.lcl, name: 'LCL' }],
          label: { formatter: function (p) { return p.name + ' ' + Number(Number(p.value).toPrecision(6)); } }
        };
      }
      series.push(line);
      var fired = {};
      supplier.chart.firings.forEach(function (f) { fired[f.index] = f.rule; });
      var firedPoints = Object.keys(fired).map(function (k) {
        var p = supplier.chart.location.points[k];
        return { value: [p.timestamp, p.value], lot: p.lot, rule: fired[k] };
      });
      if (firedPoints.length > 0) {
        series.push({
          name: supplier.supplier_id + ' !', type: 'scatter', data: firedPoints, symbol: 'circle', symbolSize: 14,
          itemStyle: { color: 'transparent', borderColor: FIRED, borderWidth: 2 }, z: 5
        });
      }
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item', formatter: function (p) {
          return p.seriesName + '<br>' + p.data.lot + ': ' + p.data.value[1] + (p.data.rule ? '<br>' + p.data.rule : '');
        }
      },
      legend: { top: 0 },
      grid: { left: 70, right: 100, top: 40, bottom: 40 },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value', name: characteristic.unit, min: low - 0.05 * (high - low), max: high + 0.05 * (high - low),
        axisLabel: { showMinLabel: false, showMaxLabel: false }
      },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    var holder = document.getElementById('quality-review');
    if (!holder || typeof echarts === 'undefined') {
      return;
    }
    var review = JSON.parse(holder.getAttribute('data-review'));
    document.querySelectorAll('.quality-chart').forEach(function (element) {
      draw(element, review.characteristics[Number(element.getAttribute('data-index'))]);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
