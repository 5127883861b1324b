// Draws the risk map (GET /map): fetches /map/data (countries, overlays, markers, lanes, flags; texts already in
// the visitor's language) and the shipped boundaries under /static/geo, then colours the countries by the overlay
// chosen in #overlay. Nothing is fetched from outside the application. When ECharts has drawn, #map gets
// data-ready="true" (browser tests wait for it).
(function () {
  'use strict';

  var MAP_NAME = 'veerkracht-world';
  var LANE_COLOUR = '#1f4e79';
  var FLAG_COLOUR = '#8b0000';
  var MARKER_COLOUR = 'rgba(20, 20, 20, 0.55)';
  var MAX_MARKER = 44;
  var MIN_MARKER = 6;

  function json(response) {
    if (!response.ok) {
      throw new Error(response.url + ': ' + response.status);
    }
    return response.json();
  }

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function hex(colour) {
    return [1, 3, 5].map(function (i) { return parseInt(colour.substr(i, 2), 16); });
  }

  /** A colour of a range overlay: linear between the evenly spaced colours of its scale. */
  function interpolate(range, value) {
    var t = Math.max(0, Math.min(1, (value - range.min) / (range.max - range.min)));
    var steps = range.colours.length - 1;
    var i = Math.min(steps - 1, Math.floor(t * steps));
    var local = t * steps - i;
    var a = hex(range.colours[i]);
    var b = hex(range.colours[i + 1]);
    return 'rgb(' + a.map(function (x, k) { return Math.round(x + (b[k] - x) * local); }).join(',') + ')';
  }

  function colourOf(overlay, value) {
    if (value === null || value === undefined) {
      return overlay.no_data_colour;
    }
    if (overlay.kind === 'range') {
      return interpolate(overlay.range, value);
    }
    var category = overlay.categories.find(function (c) { return c.code === value; });
    return category ? category.colour : overlay.no_data_colour;
  }

  function labelOf(overlay, value) {
    if (value === null || value === undefined) {
      return null;
    }
    if (overlay.kind === 'range') {
      return String(value);
    }
    var category = overlay.categories.find(function (c) { return c.code === value; });
    return category ? category.label : value;
  }

  function regions(data, overlay) {
    return data.countries.map(function (c) {
      return { name: c.code, itemStyle: { areaColor: colourOf(overlay, c.values[overlay.code]) } };
    });
  }

  function swatch(colour, text, shape) {
    var item = document.createElement('li');
    var mark = document.createElement('span');
    mark.className = 'swatch' + (shape ? ' ' + shape : '');
    if (colour) {
      mark.style.background = colour;
    }
    item.appendChild(mark);
    item.appendChild(document.createTextNode(' ' + text));
    return item;
  }

  function drawLegend(legend, data, overlay) {
    legend.textContent = '';
    var title = document.createElement('p');
    title.className = 'legend-overlay';
    title.textContent = overlay.label;
    legend.appendChild(title);
    var list = document.createElement('ul');
    if (overlay.kind === 'range') {
      var bar = document.createElement('li');
      bar.className = 'gradient';
      bar.style.background = 'linear-gradient(to right, ' + overlay.range.colours.join(', ') + ')';
      list.appendChild(bar);
      var ends = document.createElement('li');
      ends.className = 'gradient-ends';
      ends.innerHTML = '<span>' + escape(overlay.range.min_label) + '</span><span>'
          + escape(overlay.range.max_label) + '</span>';
      list.appendChild(ends);
    } else {
      overlay.categories.forEach(function (c) { list.appendChild(swatch(c.colour, c.label)); });
    }
    // every country has a zone, trade relation, embargo and footprint value; only stability has gaps
    if (overlay.kind === 'range') {
      list.appendChild(swatch(overlay.no_data_colour, data.texts.legend_no_data));
    }
    legend.appendChild(list);
    var symbols = document.createElement('ul');
    symbols.className = 'legend-symbols';
    symbols.appendChild(swatch(null, data.texts.legend_markers, 'circle'));
    symbols.appendChild(swatch(null, data.texts.legend_lanes, 'lane'));
    symbols.appendChild(swatch(null, data.texts.legend_flags, 'flag'));
    legend.appendChild(symbols);
  }

  function countryTooltip(data, overlay, code) {
    var country = data.countries.find(function (c) { return c.code === code; });
    if (!country) {
      return '';
    }
    var html = '<b>' + escape(country.name) + '</b><br>' + escape(data.texts.tooltip_zone) + ': '
        + escape(country.zone_name);
    if (overlay.code !== 'zone') {
      var label = labelOf(overlay, country.values[overlay.code]);
      html += '<br>' + escape(overlay.label) + ': ' + escape(label === null ? data.texts.legend_no_data : label);
    }
    return html;
  }

  function markerTooltip(data, marker) {
    var html = '<b>' + escape(marker.name) + '</b> (' + escape(marker.zone_name) + ')<br>'
        + escape(data.texts.tooltip_spend) + ': ' + escape(marker.annual_spend) + '<br>'
        + escape(data.texts.tooltip_suppliers) + ':';
    marker.suppliers.forEach(function (s) {
      html += '<br>&nbsp;&nbsp;' + escape(s.name) + ': ' + escape(s.annual_spend);
    });
    return html;
  }

  function tooltip(data, current) {
    return function (params) {
      if (params.componentType === 'geo') {
        return countryTooltip(data, current(), params.name);
      }
      var item = params.data || {};
      if (item.marker) {
        return markerTooltip(data, item.marker);
      }
      if (item.lane) {
        return escape(item.lane.label);
      }
      if (item.flag) {
        return '<b>' + escape(data.texts.tooltip_flag) + '</b><br>' + escape(item.flag.label) + ': '
            + escape(item.flag.parts.join(', '));
      }
      if (item.waypoint) {
        return escape(item.waypoint);
      }
      return '';
    };
  }

  function chokepoints(data) {
    var seen = {};
    var points = [];
    data.sea_lanes.forEach(function (lane) {
      lane.waypoints.forEach(function (w) {
        if (!seen[w.name]) {
          seen[w.name] = true;
          points.push({ name: w.name, value: w.point, waypoint: w.name });
        }
      });
    });
    return points;
  }

  function series(data) {
    var largest = Math.max.apply(null, data.markers.map(function (m) { return m.annual_spend_eur; }).concat([1]));
    return [
      { id: 'lanes', type: 'lines', coordinateSystem: 'geo', polyline: true, zlevel: 1,
        lineStyle: { color: LANE_COLOUR, width: 1.4, opacity: 0.75 },
        data: data.sea_lanes.map(function (l) { return { coords: l.coords, lane: l }; }) },
      { id: 'chokepoints', type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond', symbolSize: 6, zlevel: 1,
        itemStyle: { color: LANE_COLOUR }, data: chokepoints(data) },
      { id: 'markers', type: 'scatter', coordinateSystem: 'geo', zlevel: 2,
        // area, not radius, proportional to spend
        symbolSize: function (value) { return MIN_MARKER + (MAX_MARKER - MIN_MARKER) * Math.sqrt(value[2] / largest); },
        itemStyle: { color: MARKER_COLOUR, borderColor: '#fff', borderWidth: 1 },
        data: data.markers.map(function (m) {
          return { name: m.country, value: [m.point[0], m.point[1], m.annual_spend_eur], marker: m };
        }) },
      { id: 'flags', type: 'lines', coordinateSystem: 'geo', zlevel: 3,
        lineStyle: { color: FLAG_COLOUR, width: 2, type: 'dashed', curveness: 0.25, opacity: 0.9 },
        data: data.flag_lines.map(function (f) { return { coords: f.coords, flag: f }; }) },
      { id: 'flag-countries', type: 'scatter', coordinateSystem: 'geo', symbol: 'triangle', symbolSize: 12,
        symbolOffset: [0, -14], zlevel: 3, itemStyle: { color: FLAG_COLOUR },
        data: data.flag_countries.map(function (f) { return { name: f.country, value: f.point, flag: f }; }) }
    ];
  }

  /** An overlay named in the address (/map#stability) is chosen on load, so a view can be bookmarked. */
  function chooseFromHash(select) {
    var wanted = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
      select.value = wanted;
    }
  }

  function draw(element, select, legend, data, geo) {
    chooseFromHash(select);
    // Antarctica has no suppliers and would take a fifth of the height
    geo.features = geo.features.filter(function (f) { return f.properties.code !== 'AQ'; });
    echarts.registerMap(MAP_NAME, { geoJSON: geo });
    var overlays = {};
    data.overlays.forEach(function (o) { overlays[o.code] = o; });
    var current = function () { return overlays[select.value] || data.overlays[0]; };
    element.textContent = '';
    var chart = echarts.init(element);
    chart.on('finished', function () { element.dataset.ready = 'true'; });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', confine: true, formatter: tooltip(data, current) },
      geo: { map: MAP_NAME, nameProperty: data.boundaries.name_property, roam: true, scaleLimit: { min: 1, max: 12 },
        top: 10, bottom: 10, left: 10, right: 10, tooltip: { show: true },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: current().no_data_colour },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd54f' } },
        regions: regions(data, current()) },
      series: series(data)
    });
    drawLegend(legend, data, current());
    select.addEventListener('change', function () {
      element.dataset.ready = 'false';
      window.history.replaceState(null, '', '#' + encodeURIComponent(select.value));
      chart.setOption({ geo: { regions: regions(data, current()) } });
      drawLegend(legend, data, current());
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('map');
    var select = document.getElementById('overlay');
    var legend = document.getElementById('legend');
    if (!element || !select || !legend || !window.echarts) {
      return;
    }
    fetch(element.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(json)
      .then(function (data) {
        return fetch(data.boundaries.url, { credentials: 'same-origin' }).then(json).then(function (geo) {
          draw(element, select, legend, data, geo);
        });
      })
      .catch(function (error) {
        element.textContent = element.dataset.failed || String(error);
        element.dataset.ready = 'error';
      });
  });
}());
