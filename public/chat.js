// The public demo page: the chat box with starter questions and thumbs up/down feedback.
(function () {
  'use strict';
  window.PlanChat.mount(document.getElementById('chat'), { feedback: true, suggestions: true });
})();
