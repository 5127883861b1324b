// The "China + 1" page (GET /sourcing) and a part's landed cost (GET /parts/{id}/landed-cost). Draws, whenever htmx
// swaps the ranking in after a slider move: the sensitivity chart (left, per criterion the weight interval keeping
// the top choice, a dot at the weight now; right, the probability of ranking first per country), the candidates on
// the shipped world boundaries (/static/geo, nothing fetched from outside; darker is a better place), and the
// landed-cost chart (one stacked bar per sourcing option, a segment per cost line; an unknown line has no segment
// and the option is starred). Each element carries its data in data-chart / data-map; texts come translated.
(function () {
  var MAP_NAME = 'veerkracht-sourcing-world';
  var boundaries = null;

  function percent(v) {
    return Math.round(v * 1000) / 10 + ' %';
  }

  function sensitivity(element) {
    var data = JSON.parse(element.dataset.chart);
    var names = data.intervals.map(function (i) { return i.criterion; });
    var countries = data.probabilities.map(function (p) { return p.country; });
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      title: [{ text: data.intervals_title, left: '2%', textStyle: { fontSize: 13 } },
              { text: data.probabilities_title, left: '55%', textStyle: { fontSize: 13 } }],
      tooltip: { trigger: 'item' },
      grid: [{ left: '2%', width: '43%', top: 40, bottom: 30, containLabel: true },
             { left: '55%', width: '42%', top: 40, bottom: 30, containLabel: true }],
      xAxis: [{ gridIndex: 0, type: 'value', min: 0, max: 1, axisLabel: { formatter: percent } },
              { gridIndex: 1, type: 'value', min: 0, max: 1, axisLabel: { formatter: percent } }],
      yAxis: [{ gridIndex: 0, type: 'category', data: names, inverse: true },
              { gridIndex: 1, type: 'category', data: countries, inverse: true }],
      series: [
        { name: 'lower', type: 'bar', stack: 'interval', xAxisIndex: 0, yAxisIndex: 0, silent: true,
          itemStyle: { color: 'transparent' }, data: data.intervals.map(function (i) { return i.lower; }) },
        { name: data.top, type: 'bar', stack: 'interval', xAxisIndex: 0, yAxisIndex: 0,
          itemStyle: { color: '#8ecae6' },
          tooltip: { formatter: function (p) {
            var i = data.intervals[p.dataIndex];
            return i.criterion + ': ' + percent(i.lower) + ' \u2013 ' + percent(i.upper) + ' (' + data.top + ')';
          } },
          data: data.intervals.map(function (i) { return i.upper - i.lower; }) },
        { name: 'weight', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbolSize: 10,
          itemStyle: { color: '#023047' },
          data: data.intervals.map(function (i, k) { return [i.weight, k]; }) },
        { name: data.probabilities_title, type: 'bar', xAxisIndex: 1, yAxisIndex: 1,
          itemStyle: { color: '#e76f51' }, label: { show: true, position: 'right',
            formatter: function (p) { return percent(p.value); } },
          data: data.probabilities.map(function (p) { return p.p; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function worldMap(element) {
    var places = JSON.parse(element.dataset.map);
    var worst = places.reduce(function (m, p) { return Math.max(m, p.place); }, 1);
    var draw = function () {
      var chart = echarts.init(element);
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data ? p.name + ': ' + p.data.value : p.name;
        } },
        visualMap: { min: 1, max: Math.max(worst, 2), inverse: true, calculable: false, show: false,
                     inRange: { color: ['#023047', '#8ecae6'] } },
        series: [{ type: 'map', map: MAP_NAME, nameProperty: 'code', roam: true, center: [40, 35], zoom: 2,
                   itemStyle: { areaColor: '#eeeeee', borderColor: '#bbbbbb' },
                   emphasis: { label: { show: false } },
                   data: places.map(function (p) { return { name: p.code, value: p.place }; }) }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    };
    if (boundaries) {
      draw();
      return;
    }
    fetch('/static/geo/world-110m.geojson').then(function (r) { return r.json(); }).then(function (geo) {
      geo.features = geo.features.filter(function (f) { return f.properties.code !== 'AQ'; });
      echarts.registerMap(MAP_NAME, { geoJSON: geo });
      boundaries = geo;
      draw();
    });
  }

  function landed(element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      title: { text: data.title, textStyle: { fontSize: 13 } },
      legend: { top: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        return items[0].axisValue + '<br>' + items.map(function (p) {
          return p.seriesName + ': ' + (p.value === null || p.value === undefined ? data.unknown
            : 'EUR ' + Number(p.value).toFixed(4));
        }).join('<br>');
      } },
      grid: { left: 20, right: 20, top: 80, bottom: 20, containLabel: true },
      xAxis: { type: 'category', data: data.options },
      // the price dwarfs the other lines: the axis starts just below the lowest price so they can be read
      yAxis: { type: 'value', name: 'EUR', min: floor(data.lines) },
      series: data.lines.map(function (line) {
        return { name: line.name, type: 'bar', stack: 'landed', data: line.values };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function floor(lines) {
    var prices = lines.length ? lines[0].values.filter(function (v) { return v !== null; }) : [];
    if (!prices.length) {
      return 0;
    }
    var lowest = Math.min.apply(null, prices);
    var step = Math.pow(10, Math.floor(Math.log10(Math.max(lowest, 1)))) / 10;
    return Math.max(0, Math.floor(lowest * 0.95 / step) * step);
  }

  function each(scope, selector, draw) {
    var found = scope.querySelectorAll(selector);
    for (var i = 0; i < found.length; i++) {
      if (!found[i].dataset.drawn) {
        found[i].dataset.drawn = 'true';
        draw(found[i]);
      }
    }
  }

  function init(root) {
    if (!window.echarts) {
      return;
    }
    var scope = root && root.querySelectorAll ? (root.parentNode || document) : document;
    each(scope, '.sourcing-chart', sensitivity);
    each(scope, '.sourcing-map', worldMap);
    each(scope, '.landed-chart', landed);
  }

  if (window.htmx) {
    htmx.onLoad(init);
  }
  init(document);
})();
