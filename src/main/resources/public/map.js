/*
 * Maps for elements with class "map": data-lat/data-lon/data-label for one place, or
 * data-src for a JSON array of {label, lat, lon, count, href}. Markers are vector circles on a
 * plain background. The street map behind them comes from OpenStreetMap's tile server, a third
 * party: it is loaded only once the visitor asks for it with the button under the map, and that
 * choice is remembered in this browser (localStorage), so no page contacts another site unasked.
 */
(function () {
  'use strict';

  var TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  var ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
  var CHOICE = 'goodpractice-map-tiles';
  var maps = [];
  var tiles = [];
  var toggles = [];

  function tilesWanted() {
    try {
      return window.localStorage.getItem(CHOICE) === 'on';
    } catch (e) {
      return false;
    }
  }

  function chooseTiles(on) {
    try {
      window.localStorage.setItem(CHOICE, on ? 'on' : 'off');
    } catch (e) {
      // Storage refused (private mode): the choice holds for this page only.
    }
    showTiles(on);
  }

  function showTiles(on) {
    maps.forEach(function (map, i) {
      if (on && !tiles[i]) {
        tiles[i] = L.tileLayer(TILES, { maxZoom: 18, attribution: ATTRIBUTION }).addTo(map);
      } else if (!on && tiles[i]) {
        map.removeLayer(tiles[i]);
        tiles[i] = null;
      }
    });
    toggles.forEach(function (button) { label(button, on); });
  }

  function label(button, on) {
    button.textContent = on ? 'Hide the street map' : 'Show the street map (loaded from OpenStreetMap)';
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  function addToggle(element) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary map-tiles-toggle';
    label(button, false);
    button.addEventListener('click', function () {
      chooseTiles(button.getAttribute('aria-pressed') !== 'true');
    });
    element.insertAdjacentElement('afterend', button);
    toggles.push(button);
  }

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
    maps.push(map);
    tiles.push(null);
    addToggle(element);
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
        .then(function (points) { draw(element, points, 6); showTiles(tilesWanted()); })
        .catch(function () { element.classList.add('map-failed'); });
    }
  }

  if (window.L) {
    document.querySelectorAll('.map').forEach(init);
    showTiles(tilesWanted());
  }
})();
