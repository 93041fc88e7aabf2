// <ga-map>: GridAtlas's own MapLibre GL component over the project's MVT endpoint.
// Properties (set from Java): tileBase, area, basemapUrl, basemapAttribution, center [lon,lat], zoom, layers (JSON).
// Events: ga-map-click {layer, properties}, ga-map-moved {lon, lat, zoom}.
import maplibregl from 'maplibre-gl';

const HOUSEHOLD_RAW_ZOOM = 13;

class GaMap extends HTMLElement {
  constructor() {
    super();
    this.tileBase = '/tiles';
    this.area = '';
    this.basemapUrl = '';
    this.basemapAttribution = '';
    this.center = [119.48, 31.42];
    this.zoom = 9;
    this._pending = [];
  }

  connectedCallback() {
    if (this.map) return;
    this.style.display = 'block';
    this.style.position = this.style.position || 'relative';
    const container = document.createElement('div');
    container.style.position = 'absolute';
    container.style.inset = '0';
    this.appendChild(container);
    this.map = new maplibregl.Map({
      container,
      style: this._style(),
      center: this.center,
      zoom: this.zoom,
      attributionControl: { compact: true },
      localIdeographFontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      preserveDrawingBuffer: true
    });
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new maplibregl.FullscreenControl(), 'top-right');
    this.map.on('load', () => {
      this.loaded = true;
      this.setAttribute('data-loaded', 'true');
      this._pending.forEach((f) => f());
      this._pending = [];
    });
    this.map.on('idle', () => this.setAttribute('data-idle', String(Date.now())));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.dispatchEvent(new CustomEvent('ga-map-moved', { detail: { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() } }));
    });
    const clickable = ['households-points', 'villages-fill', 'towns-fill'];
    this.map.on('click', (e) => {
      const features = this.map.queryRenderedFeatures(e.point, { layers: clickable.filter((l) => this.map.getLayer(l)) });
      if (!features.length) return;
      const f = features[0];
      this.dispatchEvent(new CustomEvent('ga-map-click', {
        detail: { layer: f.layer.id.split('-')[0], properties: JSON.stringify(f.properties || {}) }
      }));
    });
    this._hover('villages-fill', 'villages');
    this._hover('towns-fill', 'towns');
    new ResizeObserver(() => this.map && this.map.resize()).observe(this);
  }

  _hover(layerId, source) {
    let hovered = null;
    this.map.on('mousemove', layerId, (e) => {
      this.map.getCanvas().style.cursor = 'pointer';
      if (hovered !== null) this.map.setFeatureState({ source, sourceLayer: source, id: hovered }, { hover: false });
      hovered = e.features[0].id;
      if (hovered !== undefined) this.map.setFeatureState({ source, sourceLayer: source, id: hovered }, { hover: true });
    });
    this.map.on('mouseleave', layerId, () => {
      this.map.getCanvas().style.cursor = '';
      if (hovered !== null && hovered !== undefined) this.map.setFeatureState({ source, sourceLayer: source, id: hovered }, { hover: false });
      hovered = null;
    });
  }

  _tiles(layer) {
    const q = this.area ? `?area=${encodeURIComponent(this.area)}` : '';
    return [`${location.origin}${this.tileBase}/${layer}/{z}/{x}/{y}.mvt${q}`];
  }

  _style() {
    const sources = {
      towns: { type: 'vector', tiles: this._tiles('towns'), minzoom: 0, maxzoom: 14, promoteId: 'code' },
      villages: { type: 'vector', tiles: this._tiles('villages'), minzoom: 0, maxzoom: 14, promoteId: 'code' },
      households: { type: 'vector', tiles: this._tiles('households'), minzoom: 0, maxzoom: 16 }
    };
    const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }];
    if (this.basemapUrl) {
      sources.basemap = { type: 'raster', tiles: this.basemapUrl.split('|'), tileSize: 256, attribution: this.basemapAttribution };
      layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
    }
    layers.push(
      { id: 'towns-fill', type: 'fill', source: 'towns', 'source-layer': 'towns',
        paint: { 'fill-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#c9dcf0', '#f7f3e8'], 'fill-opacity': this.basemapUrl ? 0.25 : 0.9 } },
      { id: 'villages-fill', type: 'fill', source: 'villages', 'source-layer': 'villages', minzoom: 10,
        paint: { 'fill-color': '#9ab8d8', 'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.35, 0.0] } },
      { id: 'villages-line', type: 'line', source: 'villages', 'source-layer': 'villages', minzoom: 9,
        paint: { 'line-color': '#7d8fa3', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.3, 13, 1.2], 'line-dasharray': [3, 2] } },
      { id: 'towns-line', type: 'line', source: 'towns', 'source-layer': 'towns',
        paint: { 'line-color': '#b03a2e', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 13, 3] } },
      { id: 'households-cells', type: 'circle', source: 'households', 'source-layer': 'households', maxzoom: HOUSEHOLD_RAW_ZOOM,
        paint: {
          'circle-color': '#1f6fb2', 'circle-opacity': 0.55,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 1.5, 10, 5, 40, 12]
        } },
      { id: 'households-points', type: 'circle', source: 'households', 'source-layer': 'households', minzoom: HOUSEHOLD_RAW_ZOOM,
        paint: {
          'circle-color': ['case', ['get', 'must_visit'], '#d35400', '#1f6fb2'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 2.5, 17, 6],
          'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.6
        } }
    );
    return { version: 8, sources, layers };
  }

  _whenLoaded(f) {
    if (this.loaded) f(); else this._pending.push(f);
  }

  /** Fits the view to a lon/lat box. */
  fitBounds(west, south, east, north) {
    this._whenLoaded(() => this.map.fitBounds([[west, south], [east, north]], { padding: 24, duration: 600 }));
  }

  flyTo(lon, lat, zoom) {
    this._whenLoaded(() => this.map.flyTo({ center: [lon, lat], zoom }));
  }

  /** Shows or hides a group of style layers whose ids start with the given layer name. */
  setLayerVisible(layer, visible) {
    this._whenLoaded(() => {
      this.map.getStyle().layers.filter((l) => l.id.startsWith(layer + '-'))
        .forEach((l) => this.map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none'));
    });
  }

  /** Outlines one division (by code) on top of the others. */
  highlight(layer, code) {
    this._whenLoaded(() => {
      const id = 'selected-' + layer;
      if (this.map.getLayer(id)) this.map.removeLayer(id);
      if (!code) return;
      this.map.addLayer({ id, type: 'line', source: layer, 'source-layer': layer,
        filter: ['==', ['get', 'code'], code], paint: { 'line-color': '#f39c12', 'line-width': 4 } });
    });
  }
}

customElements.define('ga-map', GaMap);
