/*
 * Tandem chat widget loader. Embed it on any page with one tag:
 *   <script src="https://support.example.com/widget.js" data-locale="pl" async></script>
 * Optional attributes: data-open="true" opens the chat right away.
 * It loads the widget's modules from the same server it came from and talks to that server's API. The server
 * writes the modules' version (a hash of their content) into the import below, so they can be cached for good.
 */
(function () {
  'use strict';
  var script = document.currentScript
    || document.querySelector('script[src$="/widget.js"], script[src*="/widget.js?"]');
  if (!script || window.__tandemWidget) {
    return;
  }
  window.__tandemWidget = true;
  var src = new URL(script.src, location.href);
  var base = src.origin + src.pathname.replace(/widget\.js$/, '');
  var options = {
    base: base,
    locale: script.getAttribute('data-locale') || document.documentElement.lang || navigator.language,
    open: script.getAttribute('data-open') === 'true'
  };
  function start() {
    import(base + 'widget/__WIDGET_VERSION__/app.js').then(function (app) {
      window.tandemChat = app.mount(options);
    }).catch(function (error) {
      console.error('Tandem chat could not start', error);
    });
  }
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
