// A map of England as SVG: the coastline from the world-atlas package (when installed), each
// council at its register latitude and longitude, and a line between councils of one group.
import { getJSON, mapLimited } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const WEST = -6.0;
const EAST = 2.0;
const SOUTH = 49.85;
const NORTH = 55.9;
// Equirectangular, with longitude shrunk by cos(53°) so England keeps its shape.
const X_SCALE = 100 * Math.cos((53 * Math.PI) / 180);
const Y_SCALE = 100;
const WIDTH = Math.round((EAST - WEST) * X_SCALE);
const HEIGHT = Math.round((NORTH - SOUTH) * Y_SCALE);
const NEIGHBOURS = new Set(['826', '372', '250', '056', '528']); // UK, Ireland, France, Belgium, Netherlands

export function project(long, lat) {
  return [(long - WEST) * X_SCALE, (NORTH - lat) * Y_SCALE];
}

export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function ringPath(ring) {
  return `M${ring.map(([long, lat]) => project(long, lat).map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
}

let coastline = null;

// The land around England as one SVG path; null when the map data is not installed.
async function land() {
  if (!window.topojson) return null;
  coastline ||= fetch('/explorer/vendor/countries-50m.json').then((r) => r.json()).then((topology) => {
    const countries = window.topojson.feature(topology, topology.objects.countries).features;
    const polygons = countries
      .filter((country) => NEIGHBOURS.has(country.id))
      .flatMap((country) => (country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates));
    return polygons.map((polygon) => polygon.map(ringPath).join('')).join('');
  });
  return coastline;
}

// Register coordinates of councils by id, from /v1/councils/{id}, kept for the session.
async function locate(ids) {
  const located = new Map();
  await mapLimited(ids, 6, async (id) => {
    const key = `councilgraph:place:${id}`;
    let place = JSON.parse(sessionStorage.getItem(key) || 'null');
    if (!place) {
      const council = await getJSON(`/v1/councils/${encodeURIComponent(id)}`);
      place = { id, name: council.name, lat: council.lat, long: council.long };
      sessionStorage.setItem(key, JSON.stringify(place));
    }
    if (place.lat !== null && place.long !== null) located.set(id, place);
  });
  return located;
}

function pairs(list) {
  return list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b]));
}

function councilDot(place) {
  const [x, y] = project(place.long, place.lat);
  const title = svg('title');
  title.textContent = place.name;
  const dot = svg('circle', { class: 'shared', cx: x.toFixed(1), cy: y.toFixed(1), r: 5 }, title);
  return svg('a', { href: `/councils/${encodeURIComponent(place.id)}`, 'aria-label': place.name }, dot);
}

// Draws `groups` (each a list of council ids) into `figure`; returns how many were placed.
export async function drawMap(figure, groups, caption) {
  const ids = [...new Set(groups.flat())];
  const [outline, places] = await Promise.all([land(), locate(ids)]);
  const lines = groups.flatMap((group) => pairs(group.filter((id) => places.has(id))));
  const map = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': caption },
    outline ? svg('path', { class: 'land', d: outline }) : '',
    ...lines.map(([a, b]) => {
      const [x1, y1] = project(places.get(a).long, places.get(a).lat);
      const [x2, y2] = project(places.get(b).long, places.get(b).lat);
      return svg('line', { class: 'link', x1, y1, x2, y2 });
    }),
    ...[...places.values()].map(councilDot),
  );
  const text = document.createElement('figcaption');
  const missing = ids.length - places.size;
  text.textContent = `${caption}${missing ? ` ${missing} councils have no coordinates in the register.` : ''}${outline ? '' : ' (Coastline not installed: run make install.)'}`;
  figure.replaceChildren(map, text);
  return places.size;
}
