// <ga-review-map>: one classified review map (hexagon bins, density raster or choropleth) from server GeoJSON.
// Java calls setData(featuresJson, outlineJson, fit); features carry {id, label, v, color} (colour chosen on the
// server from the locked legend). Hover shows the label. Attributes: data-loaded, data-idle, data-features.
import maplibregl from 'maplibre-gl';

const EMPTY = { type: 'FeatureCollection', features: [] };

class GaReviewMap extends HTMLElement {
  constructor() {
    super();
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
    this.tip = document.createElement('div');
    this.tip.style.cssText = 'position:absolute;z-index:2;pointer-events:none;background:rgba(255,255,255,.92);'
      + 'padding:2px 6px;border-radius:4px;font-size:12px;display:none;box-shadow:0 1px 3px rgba(0,0,0,.3)';
    this.appendChild(this.tip);
    this.map = new maplibregl.Map({
      container,
      style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ffffff' } }] },
      center: [119.45, 31.4], zoom: 9, attributionControl: false, preserveDrawingBuffer: true
    });
    if (!this.hasAttribute('small')) {
      this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    }
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('load', () => {
      const m = this.map;
      m.addSource('outline', { type: 'geojson', data: EMPTY });
      m.addSource('cells', { type: 'geojson', data: EMPTY });
      m.addLayer({ id: 'outline-fill', type: 'fill', source: 'outline', paint: { 'fill-color': '#f4f1ea' } });
      m.addLayer({ id: 'cells-fill', type: 'fill', source: 'cells',
        paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.85 } });
      m.addLayer({ id: 'cells-line', type: 'line', source: 'cells',
        paint: { 'line-color': '#ffffff', 'line-width': 0.4, 'line-opacity': 0.7 } });
      m.addLayer({ id: 'outline-line', type: 'line', source: 'outline', paint: { 'line-color': '#333333', 'line-width': 1.5 } });
      this.loaded = true;
      this.setAttribute('data-loaded', 'true');
      this._pending.forEach((f) => f());
      this._pending = [];
    });
    this.map.on('idle', () => this.setAttribute('data-idle', String(Date.now())));
    this.map.on('mousemove', 'cells-fill', (e) => {
      const f = e.features && e.features[0];
      if (!f) return;
      this.tip.textContent = f.properties.label;
      this.tip.style.left = (e.point.x + 12) + 'px';
      this.tip.style.top = (e.point.y + 12) + 'px';
      this.tip.style.display = 'block';
    });
    this.map.on('mouseleave', 'cells-fill', () => { this.tip.style.display = 'none'; });
  }

  _when(f) { if (this.loaded) f(); else this._pending.push(f); }

  setData(featuresJson, outlineJson, fit) {
    this._when(() => {
      const cells = JSON.parse(featuresJson);
      const outline = JSON.parse(outlineJson);
      this.map.getSource('cells').setData(cells);
      this.map.getSource('outline').setData(outline);
      this.setAttribute('data-features', String(cells.features.length));
      this.map.resize();
      if (fit) {
        const b = new maplibregl.LngLatBounds();
        const add = (c) => { if (typeof c[0] === 'number') b.extend(c); else c.forEach(add); };
        (outline.features || []).forEach((f) => add(f.geometry.coordinates));
        if (!b.isEmpty()) this.map.fitBounds(b, { padding: 12, duration: 0 });
      }
    });
  }
}

customElements.define('ga-review-map', GaReviewMap);
