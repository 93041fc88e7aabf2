// <ga-chart>: GridAtlas's own Apache ECharts component. Set the `option` property (an ECharts option object) from Java.
import * as echarts from 'echarts';

class GaChart extends HTMLElement {
  connectedCallback() {
    if (this.chart) return;
    this.style.display = 'block';
    this.chart = echarts.init(this, null, { renderer: 'canvas' });
    if (this._option) this._apply();
    new ResizeObserver(() => this.chart && this.chart.resize()).observe(this);
    this.chart.on('click', (p) => this.dispatchEvent(new CustomEvent('ga-chart-click', { detail: { name: p.name, value: String(p.value) } })));
  }

  disconnectedCallback() {
    // keep the chart: Vaadin may re-attach the same element
  }

  set option(value) {
    this._option = typeof value === 'string' ? JSON.parse(value) : value;
    if (this.chart) this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    this.chart.setOption(this._option, true);
    this.chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
  }
}

customElements.define('ga-chart', GaChart);
