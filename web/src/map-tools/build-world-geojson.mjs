// Builds the world map the risk-map page draws, from Natural Earth 1:110m admin-0 countries as packaged by
// world-atlas 2.0.2 (TopoJSON). Run with `npm ci && npm run build` in this folder; see README.md.
//
// Writes, under web/src/main/resources/static/geo/:
//   world-110m.geojson   one feature per country, properties {code, name, cp}: code = ISO 3166-1 alpha-2 (our key),
//                        name = Natural Earth's short English name, cp = [lon, lat] representative point (ECharts
//                        places a region's label at `cp`)
//   country-points.csv   code,lon,lat,basis: the point a country's supplier marker and sea lane start from, for
//                        every mapped country and for small countries the 1:110m map has no polygon for
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import countries from 'i18n-iso-countries';
import { SMALL_COUNTRY_POINTS } from './small-country-points.mjs';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-110m.json');
const OUT = new URL('../main/resources/static/geo/', import.meta.url);
/** 0.01° is about 1 km: far finer than a 1:110m boundary, and it halves the file. */
const DECIMALS = 2;

// Natural Earth features with no ISO numeric code, and what we do with them (docs/map.md):
//  Kosovo: our code XK (the EU's and the World Bank's user-assigned code; IsoCountries accepts it)
//  N. Cyprus: drawn as part of CY: ISO 3166-1 and the EU count it as Cyprus (Protocol 10 to the 2003 Act of
//             Accession suspends the acquis there, it does not make it another country)
//  Somaliland: drawn as part of SO: ISO 3166-1 and the EU count it as Somalia
const WITHOUT_NUMERIC = { 'Kosovo': 'XK', 'N. Cyprus': 'CY', 'Somaliland': 'SO' };

function alpha2(geometry) {
  if (geometry.id === undefined) {
    const code = WITHOUT_NUMERIC[geometry.properties.name];
    if (!code) throw new Error('no code for ' + geometry.properties.name);
    return code;
  }
  const code = countries.numericToAlpha2(geometry.id);
  if (!code) throw new Error('no alpha-2 for numeric ' + geometry.id + ' ' + geometry.properties.name);
  return code;
}

// group the TopoJSON geometries by code, so a country drawn as two features becomes one (merged along shared arcs)
const byCode = new Map();
for (const g of topology.objects.countries.geometries) {
  const code = alpha2(g);
  if (!byCode.has(code)) byCode.set(code, []);
  byCode.get(code).push(g);
}

function round(value) {
  const f = 10 ** DECIMALS;
  return Math.round(value * f) / f;
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Rings that cross the 180° meridian (Russia's Chukotka, Fiji, Antarctica's edge) are stored with points at both
 * -180 and 180; drawn on a flat map they become a band across the whole world. Such a ring is made continuous
 * (western longitudes shifted by +360) and cut at 180° by clipping against each half-plane (Sutherland-Hodgman,
 * which holds for any polygon against a half-plane), the western piece shifted back.
 */
function splitAtAntimeridian(ring) {
  const xs = ring.map(p => p[0]);
  if (Math.max(...xs) - Math.min(...xs) <= 180) return [ring];
  const shifted = ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  const east = clip(shifted, x => x <= 180);
  const west = clip(shifted, x => x >= 180).map(([x, y]) => [x - 360, y]);
  return [east, west].filter(r => r.length >= 4);
}

function clip(ring, keep) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i], b = ring[i + 1];
    if (keep(a[0])) out.push(a);
    if (keep(a[0]) !== keep(b[0])) {
      const t = (180 - a[0]) / (b[0] - a[0]);
      out.push([180, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

function polygons(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Area and centroid of a ring by the shoelace formula, in plain lon/lat degrees (good enough to pick a point).
 * A ring that runs along the antimeridian (Russia's mainland reaches -180 at Chukotka) is shifted east first, so it
 * is one plane polygon, and the point is brought back into -180..180.
 */
function ringCentroid(input) {
  const xs = input.map(p => p[0]);
  const wraps = Math.max(...xs) - Math.min(...xs) > 180;
  const ring = wraps ? input.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : input;
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
  }
  a /= 2;
  const point = a === 0 ? ring[0] : [cx / (6 * a), cy / (6 * a)];
  return { area: Math.abs(a), point: [point[0] > 180 ? point[0] - 360 : point[0], point[1]] };
}

/**
 * The centroid of the largest polygon: the mainland rather than the average of France and French Guiana, the
 * United States and Alaska, Norway and Svalbard.
 */
function representativePoint(geometry) {
  let best = null;
  for (const polygon of polygons(geometry)) {
    const c = ringCentroid(polygon[0]);
    if (!best || c.area > best.area) best = { ...c, ring: polygon[0] };
  }
  const within = inside(best.point, best.ring);
  const point = within ? best.point : widestCrossingMidpoint(best.ring, best.point[1]);
  return { cp: [round(point[0]), round(point[1])], basis: (within ? 'centroid of the largest polygon'
      : 'middle of the widest crossing at the latitude of the centroid') + ' (Natural Earth 1:110m)' };
}

/** Even-odd rule. */
function inside([x, y], ring) {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/**
 * For a bent country whose centroid falls outside it (Viet Nam's lies in Laos): the middle of the widest stretch of
 * the country along the centroid's parallel.
 */
function widestCrossingMidpoint(ring, y) {
  const xs = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y)) xs.push((xj - xi) * (y - yi) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  let best = [xs[0], y], width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1] - xs[k] > width) { width = xs[k + 1] - xs[k]; best = [(xs[k] + xs[k + 1]) / 2, y]; }
  }
  return best;
}

const features = [];
const points = [];
for (const [code, geometries] of [...byCode.entries()].sort()) {
  const geometry = geometries.length === 1 ? feature(topology, geometries[0]).geometry
      : merge(topology, geometries);
  // holes are kept with their polygon; a split outer ring becomes one polygon per side (holes dropped: no 110m
  // polygon that crosses 180° has any)
  const pieces = polygons(geometry).flatMap(p => {
    const outer = splitAtAntimeridian(p[0]);
    return outer.length === 1 ? [[outer[0], ...p.slice(1)]] : outer.map(r => [r]);
  });
  const rounded = {
    type: 'MultiPolygon',
    coordinates: pieces.map(p => p.map(roundRing).filter(r => r.length >= 4)).filter(p => p.length > 0)
  };
  const name = geometries.map(g => g.properties.name).join(' + ');
  const { cp, basis } = representativePoint(rounded);
  features.push({ type: 'Feature', properties: { code, name, cp }, geometry: rounded });
  points.push([code, cp[0], cp[1], basis]);
}
for (const [code, lon, lat, basis] of SMALL_COUNTRY_POINTS) {
  if (byCode.has(code)) throw new Error(code + ' has a polygon; drop it from small-country-points.mjs');
  points.push([code, lon, lat, basis]);
}
points.sort((a, b) => a[0].localeCompare(b[0]));

const geojson = { type: 'FeatureCollection',
  source: 'Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), via world-atlas 2.0.2',
  features };
writeFileSync(new URL('world-110m.geojson', OUT), JSON.stringify(geojson));
writeFileSync(new URL('country-points.csv', OUT),
    'code,lon,lat,basis\n' + points.map(p => p.join(',')).join('\n') + '\n');
console.log(features.length + ' features, ' + points.length + ' points');
