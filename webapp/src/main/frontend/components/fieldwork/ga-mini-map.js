// <ga-mini-map>: a small static MapLibre view of one place (a request's household) over the village outlines.
// Properties (set from Java): lon, lat, zoom, basemapUrl, basemapAttribution. Not interactive beyond zooming.
import maplibregl from 'maplibre-gl';

class GaMiniMap extends HTMLElement {
  connectedCallback() {
    if (this.map) return;
    this.style.display = 'block';
    this.style.position = this.style.position || 'relative';
    const container = document.createElement('div');
    container.style.position = 'absolute';
    container.style.inset = '0';
    this.appendChild(container);
    const lon = Number(this.lon || 119.48);
    const lat = Number(this.lat || 31.42);
    const origin = window.location.origin;
    const sources = {
      villages: { type: 'vector', tiles: [origin + '/tiles/villages/{z}/{x}/{y}.mvt'], minzoom: 0, maxzoom: 14 },
      households: { type: 'vector', tiles: [origin + '/tiles/households/{z}/{x}/{y}.mvt'], minzoom: 13, maxzoom: 16 },
      place: { type: 'geojson', data: { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: {} } }
    };
    const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }];
    if (this.basemapUrl) {
      sources.basemap = { type: 'raster', tiles: this.basemapUrl.split('|'), tileSize: 256, attribution: this.basemapAttribution || '' };
      layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
    }
    layers.push(
      { id: 'villages-line', type: 'line', source: 'villages', 'source-layer': 'villages', paint: { 'line-color': '#5b7083', 'line-width': 1 } },
      { id: 'households', type: 'circle', source: 'households', 'source-layer': 'households', minzoom: 13,
        paint: { 'circle-radius': 2.5, 'circle-color': '#1f6fb2', 'circle-opacity': 0.6 } },
      { id: 'place-halo', type: 'circle', source: 'place', paint: { 'circle-radius': 14, 'circle-color': '#c62828', 'circle-opacity': 0.2 } },
      { id: 'place', type: 'circle', source: 'place', paint: { 'circle-radius': 6, 'circle-color': '#c62828', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } }
    );
    this.map = new maplibregl.Map({
      container,
      style: { version: 8, sources, layers },
      center: [lon, lat],
      zoom: Number(this.zoom || 14),
      attributionControl: { compact: true },
      preserveDrawingBuffer: true,
      dragRotate: false
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => this.setAttribute('data-loaded', 'true'));
    new ResizeObserver(() => this.map && this.map.resize()).observe(this);
  }

  disconnectedCallback() {
    if (this.map) {
      this.map.remove();
      this.map = null;
    }
  }
}

if (!customElements.get('ga-mini-map')) customElements.define('ga-mini-map', GaMiniMap);
