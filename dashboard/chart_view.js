// Draws one Plotly figure in the page and reports what the reader selects on it.
// data: {figure: JSON text of the figure, library: URL of the Plotly script, select: boolean}.
// State "selection": {points: [{customdata, x, y, curve_number, point_index}], box: [{x, y}]},
// the shape Streamlit gives a Plotly chart's selection, so the pages read it the same way.

const scripts = (window.__datelineChartScripts ??= new Map());

function plotlyFrom(url) {
  if (!scripts.has(url)) {
    scripts.set(
      url,
      new Promise((resolve, reject) => {
        const tag = document.createElement("script");
        tag.src = url;
        tag.async = true;
        tag.addEventListener("load", () => resolve(window.Plotly));
        tag.addEventListener("error", () => reject(new Error(`chart library did not load: ${url}`)));
        document.head.appendChild(tag);
      }),
    );
  }
  return scripts.get(url);
}

function pointsOf(event) {
  return (event?.points ?? []).map((p) => ({
    customdata: p.customdata ?? null,
    x: p.x ?? null,
    y: p.y ?? null,
    curve_number: p.curveNumber,
    point_index: p.pointIndex,
  }));
}

function listen(chart) {
  const report = (selection) => chart.__datelineReport("selection", selection);
  chart.on("plotly_click", (event) => report({ points: pointsOf(event), box: [] }));
  chart.on("plotly_selected", (event) => {
    const range = event?.range;
    if (!range || !range.x) return; // a click's own selection: reported by plotly_click
    report({ points: pointsOf(event), box: [{ x: range.x, y: range.y ?? null }] });
  });
  chart.on("plotly_deselect", () => report({ points: [], box: [] }));
}

export default function ({ parentElement, data, setStateValue }) {
  let chart = parentElement.querySelector(".dl-chart");
  if (!chart) {
    chart = document.createElement("div");
    // Streamlit's own Plotly charts carry this test id; tools that look for a Plotly chart find this one.
    chart.className = "dl-chart stPlotlyChart";
    chart.dataset.testid = "stPlotlyChart";
    chart.style.width = "100%";
    parentElement.appendChild(chart);
  }
  const figure = JSON.parse(data.figure);
  const layout = { ...figure.layout, autosize: true };
  if (data.select) {
    layout.clickmode = "event+select";
  }
  const config = { responsive: true, displaylogo: false, ...(figure.config ?? {}) };
  chart.__datelineReport = setStateValue; // the latest render's reporter
  let live = true;
  plotlyFrom(data.library)
    .then((Plotly) => (live ? Plotly.react(chart, figure.data, layout, config) : null))
    .then(() => {
      if (live && data.select && !chart.__datelineListening) {
        chart.__datelineListening = true;
        listen(chart);
      }
    })
    .catch((err) => {
      chart.textContent = String(err.message ?? err);
    });
  return () => {
    live = false;
  };
}
