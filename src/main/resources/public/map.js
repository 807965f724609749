/*
 * Maps for elements with class "map": data-lat/data-lon/data-label for one place, or
 * data-src for a JSON array of {label, lat, lon, count, href}. Markers are vector circles, so
 * the map shows them on a plain background when the tile server cannot be reached.
 */
(function () {
  'use strict';

  var TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  var ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

  function popup(point) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = point.label;
    box.appendChild(title);
    if (point.href) {
      box.appendChild(document.createElement('br'));
      var link = document.createElement('a');
      link.href = point.href;
      link.textContent = point.count + (point.count === 1 ? ' record' : ' records');
      box.appendChild(link);
    }
    return box;
  }

  function draw(element, points, zoom) {
    element.textContent = '';
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILES, { maxZoom: 18, attribution: ATTRIBUTION }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var radius = p.count ? Math.min(22, 5 + 3 * Math.sqrt(p.count)) : 8;
      L.circleMarker([p.lat, p.lon], { radius: radius, color: '#0b4f8a', weight: 2, fillColor: '#2b7bc0', fillOpacity: 0.6 })
        .bindPopup(popup(p)).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], zoom);
    } else if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 8 });
    } else {
      map.setView([50, 10], 4);
    }
  }

  function init(element) {
    if (element.dataset.lat) {
      draw(element, [{ label: element.dataset.label, lat: +element.dataset.lat, lon: +element.dataset.lon }], 10);
    } else if (element.dataset.src) {
      fetch(element.dataset.src)
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (points) { draw(element, points, 6); })
        .catch(function () { element.classList.add('map-failed'); });
    }
  }

  if (window.L) {
    document.querySelectorAll('.map').forEach(init);
  }
})();
