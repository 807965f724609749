// Suggestions for the submit form's location fields from the gazetteer (/suggest/places).
// Progressive enhancement: without this script the fields are plain text and the form works the same.
(function () {
  'use strict';
  var country = document.getElementById('f-country');
  function suggest(input, kind) {
    if (!input) {
      return;
    }
    var list = document.createElement('datalist');
    list.id = input.id + '-suggestions';
    input.parentNode.appendChild(list);
    input.setAttribute('list', list.id);
    input.setAttribute('autocomplete', 'off');
    var asked = null;
    input.addEventListener('input', function () {
      var params = new URLSearchParams({kind: kind, q: input.value});
      if (country) {
        params.set('country', country.value);
      }
      var url = '/suggest/places?' + params.toString();
      if (url === asked) {
        return;
      }
      asked = url;
      fetch(url, {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (names) {
          if (url !== asked) {
            return; // an answer to an older query
          }
          list.replaceChildren.apply(list, names.map(function (name) {
            var option = document.createElement('option');
            option.value = name;
            return option;
          }));
        })
        .catch(function () { /* no suggestions; the field still takes any text */ });
    });
  }
  suggest(document.getElementById('f-region'), 'region');
  suggest(document.getElementById('f-city'), 'city');
})();
