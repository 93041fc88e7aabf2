// <ga-assign-map>: the assignment screen's MapLibre map (own component; the main map is <ga-map>).
// Data from Java: setData(householdsGeoJson, territoriesGeoJson, fit), setSelection(idsJson), setMode(mode).
// Households carry {id, code, color, unassigned}; territories {agent, color}. Modes: 'click' (toggle one
// household), 'box' (drag a rectangle), 'polygon' (click vertices, double-click to close).
// Events: ga-assign-toggle {id}, ga-assign-polygon {geojson} (box and polygon both arrive as a GeoJSON Polygon).
import maplibregl from 'maplibre-gl';

const EMPTY = { type: 'FeatureCollection', features: [] };

class GaAssignMap extends HTMLElement {
  constructor() {
    super();
    this.mode = 'click';
    this._vertices = [];
    this._pending = [];
    this._selection = [];
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
      style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }] },
      center: [119.4, 31.4], zoom: 12, attributionControl: false, preserveDrawingBuffer: true,
      doubleClickZoom: false
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('load', () => {
      this._layers();
      this.loaded = true;
      this.setAttribute('data-loaded', 'true');
      this._pending.forEach((f) => f());
      this._pending = [];
    });
    this.map.on('idle', () => this.setAttribute('data-idle', String(Date.now())));
    this.map.on('click', (e) => this._click(e));
    this.map.on('dblclick', (e) => this._closePolygon(e));
    this.map.on('mousemove', (e) => this._move(e));
    this.map.on('mousedown', (e) => this._boxStart(e));
    this.map.on('mouseup', (e) => this._boxEnd(e));
  }

  _when(f) { if (this.loaded) f(); else this._pending.push(f); }

  _layers() {
    const m = this.map;
    m.addSource('territories', { type: 'geojson', data: EMPTY });
    m.addSource('households', { type: 'geojson', data: EMPTY });
    m.addSource('drawing', { type: 'geojson', data: EMPTY });
    m.addLayer({ id: 'territories-fill', type: 'fill', source: 'territories',
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.12 } });
    m.addLayer({ id: 'territories-line', type: 'line', source: 'territories',
      paint: { 'line-color': ['get', 'color'], 'line-width': 2 } });
    m.addLayer({ id: 'households-unassigned', type: 'circle', source: 'households', filter: ['==', ['get', 'unassigned'], true],
      paint: { 'circle-radius': 8, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#d7191c', 'circle-stroke-width': 2.5 } });
    m.addLayer({ id: 'households-points', type: 'circle', source: 'households',
      paint: { 'circle-radius': 4.5, 'circle-color': ['get', 'color'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8 } });
    m.addLayer({ id: 'households-selected', type: 'circle', source: 'households', filter: ['in', ['get', 'id'], ['literal', []]],
      paint: { 'circle-radius': 7, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 } });
    m.addLayer({ id: 'drawing-fill', type: 'fill', source: 'drawing', filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#1f78b4', 'fill-opacity': 0.15 } });
    m.addLayer({ id: 'drawing-line', type: 'line', source: 'drawing',
      paint: { 'line-color': '#1f78b4', 'line-width': 2, 'line-dasharray': [2, 1] } });
    m.addLayer({ id: 'drawing-vertices', type: 'circle', source: 'drawing', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 4, 'circle-color': '#1f78b4' } });
  }

  setData(householdsJson, territoriesJson, fit) {
    this._when(() => {
      const households = JSON.parse(householdsJson);
      this.map.getSource('households').setData(households);
      this.map.getSource('territories').setData(JSON.parse(territoriesJson));
      this.map.resize();
      if (fit && households.features.length) {
        const b = new maplibregl.LngLatBounds();
        households.features.forEach((f) => b.extend(f.geometry.coordinates));
        this.map.fitBounds(b, { padding: 40, duration: 0 });
      }
    });
  }

  setSelection(idsJson) {
    this._selection = JSON.parse(idsJson);
    this._when(() => this.map.setFilter('households-selected', ['in', ['get', 'id'], ['literal', this._selection]]));
  }

  setMode(mode) {
    this.mode = mode;
    this._vertices = [];
    this._drawing(null);
    this._when(() => {
      if (mode === 'box') this.map.dragPan.disable(); else this.map.dragPan.enable();
      this.map.getCanvas().style.cursor = mode === 'click' ? '' : 'crosshair';
    });
  }

  _click(e) {
    if (this.mode === 'polygon') {
      this._vertices.push([e.lngLat.lng, e.lngLat.lat]);
      this._drawing(e.lngLat);
      return;
    }
    if (this.mode !== 'click') return;
    const f = this.map.queryRenderedFeatures(e.point, { layers: ['households-points'] });
    if (f.length) this.dispatchEvent(new CustomEvent('ga-assign-toggle', { detail: { id: f[0].properties.id } }));
  }

  _closePolygon(e) {
    if (this.mode !== 'polygon') return;
    e.preventDefault();
    // the double-click's two clicks added the last vertex twice: drop the duplicate
    const v = this._vertices.filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
    this._vertices = [];
    if (v.length < 3) { this._drawing(null); return; }
    const polygon = { type: 'Polygon', coordinates: [[...v, v[0]]] };
    this._showPolygon(polygon);
    this.dispatchEvent(new CustomEvent('ga-assign-polygon', { detail: { geojson: JSON.stringify(polygon) } }));
  }

  _boxStart(e) {
    if (this.mode !== 'box') return;
    this._boxFrom = e.lngLat;
  }

  _move(e) {
    if (this.mode === 'box' && this._boxFrom) this._showPolygon(this._box(this._boxFrom, e.lngLat));
    if (this.mode === 'polygon' && this._vertices.length) this._drawing(e.lngLat);
  }

  _boxEnd(e) {
    if (this.mode !== 'box' || !this._boxFrom) return;
    const polygon = this._box(this._boxFrom, e.lngLat);
    this._boxFrom = null;
    this._showPolygon(polygon);
    this.dispatchEvent(new CustomEvent('ga-assign-polygon', { detail: { geojson: JSON.stringify(polygon) } }));
  }

  _box(a, b) {
    const w = Math.min(a.lng, b.lng), e = Math.max(a.lng, b.lng), s = Math.min(a.lat, b.lat), n = Math.max(a.lat, b.lat);
    return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
  }

  _drawing(cursor) {
    const v = this._vertices;
    const features = v.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: {} }));
    if (v.length) {
      const line = cursor ? [...v, [cursor.lng, cursor.lat]] : v;
      if (line.length > 1) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: line }, properties: {} });
    }
    this._when(() => this.map.getSource('drawing').setData({ type: 'FeatureCollection', features }));
  }

  _showPolygon(polygon) {
    this._when(() => this.map.getSource('drawing').setData({ type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: polygon, properties: {} }] }));
  }

  clearDrawing() { this._vertices = []; this._drawing(null); }
}

customElements.define('ga-assign-map', GaAssignMap);
