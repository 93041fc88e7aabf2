// <ga-map>: GridAtlas's own MapLibre GL component over the project's MVT endpoint.
// Properties (set from Java before attach): tileBase, initialView "lon,lat,zoom", initialLayers "towns,villages,…",
// initialFilters "from=…&to=…&status=…&category=…&caseType=…&agent=…" (a query string, any subset).
// Methods: fitBounds, flyTo, setLayerVisible, highlight, setBasemap, setFilter. Events: ga-map-click {layer, properties}.
// The URL keeps the view (c=lon,lat & z & layers & bm & the filters) so a shared link reproduces it.
import maplibregl from 'maplibre-gl';

const HOUSEHOLD_RAW_ZOOM = 13;
// filter parameter -> the layers whose tiles take it (/tiles/{layer}/…?from=…&to=…): the time range (days,
// inclusive) on the dated layers; status, category and case type on requests; an agent on what they do
const FILTERED_LAYERS = {
  from: ['requests', 'disputes', 'visits'], to: ['requests', 'disputes', 'visits'],
  status: ['requests'], category: ['requests'], caseType: ['requests'],
  agent: ['agents', 'requests', 'disputes', 'visits']
};
const LAYER_IDS = ['towns', 'villages', 'grid-areas', 'groups', 'households', 'agents', 'posts', 'requests', 'disputes', 'visits'];
const POINT_LAYERS = {
  agents: '#7b3fa0', posts: '#222222', disputes: '#b9770e', visits: '#2e8b57'
};
// a feature with only a count is a cell of counted points (low zoom, or a dense spot at any zoom)
const IS_CELL = ['!', ['has', 'id']];
const CELL_RADIUS = ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'count'], 1]], 1, 2.5, 10, 7, 40, 14];

function setUrlParam(name, value) {
  const u = new URL(window.location.href);
  if (value === null || value === '') u.searchParams.delete(name); else u.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', u);
}

class GaMap extends HTMLElement {
  constructor() {
    super();
    this.tileBase = '/tiles';
    this.initialView = '';
    this.initialLayers = '';
    this.initialFilters = '';
    this._filters = {};
    this._pending = [];
    this._visible = new Set(['towns', 'villages', 'grid-areas', 'groups', 'households']);
  }

  connectedCallback() {
    if (this.map) return;
    this.style.display = 'block';
    this.style.position = this.style.position || 'relative';
    new URLSearchParams(this.initialFilters || '').forEach((v, k) => { if (FILTERED_LAYERS[k] && v) this._filters[k] = v; });
    if (this.initialLayers) this._visible = new Set(this.initialLayers.split(',').filter((l) => LAYER_IDS.includes(l)));
    const container = document.createElement('div');
    container.style.position = 'absolute';
    container.style.inset = '0';
    this.appendChild(container);
    const [lon, lat, zoom] = (this.initialView || '119.42,31.42,8.5').split(',').map(Number);
    this.map = new maplibregl.Map({
      container,
      style: this._style(),
      center: [lon, lat],
      zoom,
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
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      setUrlParam('c', `${c.lng.toFixed(5)},${c.lat.toFixed(5)}`);
      setUrlParam('z', this.map.getZoom().toFixed(2));
    });
    this.map.on('click', (e) => this._click(e));
    this._hover('villages-fill', 'villages');
    this._hover('towns-fill', 'towns');
    new ResizeObserver(() => this.map && this.map.resize()).observe(this);
  }

  _click(e) {
    const order = ['requests-points', 'disputes-points', 'agents-points', 'posts-points', 'households-points',
      'households-cells', 'villages-fill', 'towns-fill'];
    const layers = order.filter((l) => this.map.getLayer(l) && this._visible.has(l.replace(/-(points|cells|fill)$/, '')));
    const features = this.map.queryRenderedFeatures(e.point, { layers });
    if (!features.length) return;
    const f = features[0];
    if (f.layer.id === 'households-cells') {
      // a cell of counted households: zoom in towards it instead of opening a card
      this.map.easeTo({ center: e.lngLat, zoom: Math.min(HOUSEHOLD_RAW_ZOOM + 1, this.map.getZoom() + 3) });
      return;
    }
    const layer = f.layer.id.split('-')[0];
    this.dispatchEvent(new CustomEvent('ga-map-click', { detail: { layer, properties: JSON.stringify(f.properties || {}) } }));
  }

  _hover(layerId, source) {
    let hovered = null;
    const clear = () => {
      if (hovered !== null && hovered !== undefined) this.map.setFeatureState({ source, sourceLayer: source, id: hovered }, { hover: false });
      hovered = null;
    };
    this.map.on('mousemove', layerId, (e) => {
      this.map.getCanvas().style.cursor = 'pointer';
      clear();
      hovered = e.features[0].id;
      if (hovered !== undefined) this.map.setFeatureState({ source, sourceLayer: source, id: hovered }, { hover: true });
    });
    this.map.on('mouseleave', layerId, () => {
      this.map.getCanvas().style.cursor = '';
      clear();
    });
  }

  _tiles(layer) {
    const q = new URLSearchParams();
    Object.entries(this._filters).forEach(([k, v]) => { if (v && FILTERED_LAYERS[k].includes(layer)) q.set(k, v); });
    const query = q.toString();
    return [`${window.location.origin}${this.tileBase}/${layer}/{z}/{x}/{y}.mvt${query ? '?' + query : ''}`];
  }

  /**
   * Sets one filter (from, to, status, category, caseType, agent; empty removes it): the page URL keeps it and the
   * layers it applies to fetch their tiles again.
   */
  setFilter(name, value) {
    if (!FILTERED_LAYERS[name]) return;
    if (value) this._filters[name] = value; else delete this._filters[name];
    setUrlParam(name, value || null);
    this._whenLoaded(() => FILTERED_LAYERS[name].forEach((l) => this.map.getSource(l).setTiles(this._tiles(l))));
  }

  _vis(layer) {
    return { visibility: this._visible.has(layer) ? 'visible' : 'none' };
  }

  _style() {
    const src = (layer, maxzoom, promoteId) => ({ type: 'vector', tiles: this._tiles(layer), minzoom: 0, maxzoom, ...(promoteId ? { promoteId } : {}) });
    const sources = {
      towns: src('towns', 14, 'code'),
      villages: src('villages', 14, 'code'),
      'grid-areas': src('grid-areas', 15, 'code'),
      groups: src('groups', 15, 'code'),
      households: src('households', 16),
      agents: src('agents', 16), posts: src('posts', 16), requests: src('requests', 16),
      disputes: src('disputes', 16), visits: src('visits', 16)
    };
    const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }];
    layers.push(
      { id: 'towns-fill', type: 'fill', source: 'towns', 'source-layer': 'towns', layout: this._vis('towns'),
        paint: { 'fill-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#c9dcf0', '#f7f3e8'], 'fill-opacity': 0.85 } },
      { id: 'villages-fill', type: 'fill', source: 'villages', 'source-layer': 'villages', minzoom: 10, layout: this._vis('villages'),
        paint: { 'fill-color': '#9ab8d8', 'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.35, 0.0] } },
      { id: 'groups-line', type: 'line', source: 'groups', 'source-layer': 'groups', minzoom: 13, layout: this._vis('groups'),
        paint: { 'line-color': '#a0a0a0', 'line-width': 0.6, 'line-dasharray': [1, 2] } },
      { id: 'grid-areas-line', type: 'line', source: 'grid-areas', 'source-layer': 'grid-areas', minzoom: 11, layout: this._vis('grid-areas'),
        paint: { 'line-color': '#3c8d5a', 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 15, 2] } },
      { id: 'villages-line', type: 'line', source: 'villages', 'source-layer': 'villages', minzoom: 9, layout: this._vis('villages'),
        paint: { 'line-color': '#7d8fa3', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.3, 13, 1.2], 'line-dasharray': [3, 2] } },
      { id: 'towns-line', type: 'line', source: 'towns', 'source-layer': 'towns', layout: this._vis('towns'),
        paint: { 'line-color': '#b03a2e', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 13, 3] } },
      { id: 'households-cells', type: 'circle', source: 'households', 'source-layer': 'households', maxzoom: HOUSEHOLD_RAW_ZOOM,
        layout: this._vis('households'),
        paint: {
          'circle-color': '#1f6fb2', 'circle-opacity': 0.55,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 1.5, 10, 5, 40, 12]
        } },
      { id: 'households-points', type: 'circle', source: 'households', 'source-layer': 'households', minzoom: HOUSEHOLD_RAW_ZOOM,
        layout: this._vis('households'),
        paint: {
          'circle-color': ['case', ['get', 'must_visit'], '#d35400', '#1f6fb2'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 2.5, 17, 7],
          'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8
        } }
    );
    for (const [layer, colour] of Object.entries(POINT_LAYERS)) {
      layers.push(this._pointLayer(layer, colour, colour));
    }
    // requests: red past the deadline, amber within 24 h, blue otherwise; cells red when they hold overdue items
    layers.push(this._pointLayer('requests',
      ['case', IS_CELL, ['case', ['>', ['coalesce', ['get', 'overdue'], 0], 0], '#c0392b', '#2874a6'],
        ['match', ['get', 'overdue'], 'OVERDUE', '#c0392b', 'DUE_SOON', '#f39c12', '#2874a6']]));
    return { version: 8, sources, layers };
  }

  _pointLayer(layer, colour) {
    return { id: `${layer}-points`, type: 'circle', source: layer, 'source-layer': layer, layout: this._vis(layer),
      paint: {
        'circle-color': colour, 'circle-opacity': 0.8,
        // zoom may only drive a top-level interpolate: the cell/point choice sits inside each stop
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, ['case', IS_CELL, CELL_RADIUS, 3], 17, ['case', IS_CELL, CELL_RADIUS, 7]],
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8
      } };
  }

  _whenLoaded(f) {
    if (this.loaded) f(); else this._pending.push(f);
  }

  /** Fits the view to a lon/lat box. */
  fitBounds(west, south, east, north) {
    this._whenLoaded(() => this.map.fitBounds([[west, south], [east, north]], { padding: 24, duration: 600 }));
  }

  flyTo(lon, lat, zoom) {
    this._whenLoaded(() => this.map.flyTo({ center: [lon, lat], zoom, duration: 800 }));
  }

  /** Shows or hides a group of style layers whose ids start with the given layer name. */
  setLayerVisible(layer, visible) {
    if (visible) this._visible.add(layer); else this._visible.delete(layer);
    setUrlParam('layers', [...this._visible].join(','));
    this._whenLoaded(() => {
      this.map.getStyle().layers.filter((l) => l.id.startsWith(layer + '-'))
        .forEach((l) => this.map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none'));
    });
  }

  /** Outlines one division (by code) on top of the others. */
  highlight(layer, code) {
    this._whenLoaded(() => {
      const id = 'selected-' + layer;
      ['selected-towns', 'selected-villages'].forEach((l) => this.map.getLayer(l) && this.map.removeLayer(l));
      if (!code) return;
      this.map.addLayer({ id, type: 'line', source: layer, 'source-layer': layer,
        filter: ['==', ['get', 'code'], code], paint: { 'line-color': '#f39c12', 'line-width': 4 } });
    });
  }

  /** Replaces the raster basemap: urls separated by '|', drawn bottom-up; empty = no basemap. */
  setBasemap(id, urls, attribution) {
    setUrlParam('bm', id === 'none' ? null : id);
    this._whenLoaded(() => {
      this.map.getStyle().layers.filter((l) => l.id.startsWith('basemap-')).forEach((l) => this.map.removeLayer(l.id));
      Object.keys(this.map.getStyle().sources).filter((s) => s.startsWith('basemap-')).forEach((s) => this.map.removeSource(s));
      (urls ? urls.split('|') : []).forEach((url, i) => {
        const sid = `basemap-${i}`;
        this.map.addSource(sid, { type: 'raster', tiles: [url], tileSize: 256, attribution: i === 0 ? attribution : '' });
        this.map.addLayer({ id: sid, type: 'raster', source: sid }, 'towns-fill');
      });
      this.map.setPaintProperty('towns-fill', 'fill-opacity', urls ? 0.25 : 0.85);
    });
  }
}

customElements.define('ga-map', GaMap);
